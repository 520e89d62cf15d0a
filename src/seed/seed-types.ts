/** The raw shapes of the seed JSON (see src/seed/data/README.md), as far as seeding reads them. */
export type RawDeliverable = { title: string; dueText: string | null; dueDate: string | null; status: string | null };

export type RawHighlight = {
  id: string;
  programme: string;
  workstream: string;
  ownerRole: string | null;
  reportDateText: string | null;
  reportDate: string | null;
  projectRag: string | null;
  benefitRag: string | null;
  objectives: string[];
  deliverables: RawDeliverable[];
  kpis: string[];
  progress: string[];
  nextSteps: string[];
  board: string | null;
  recommendationsToBoard: string | null;
  decisionsRequired: string | null;
};

export type RawPlanAction = {
  ref: string;
  text: string;
  owner: string | null;
  protectedCharacteristics: string[];
  equalityDuties: string[];
  dueText: string | null;
  status: string | null;
  rag: string | null;
  progress: string | null;
};

export type RawActionPlan = {
  title: string;
  documentRef: string;
  ownerLegend: Record<string, string>;
  strands: Array<{
    name: string;
    champion: string | null;
    objectives: Array<{ ref: string; text: string; sources: string[]; owner: string | null; actions: RawPlanAction[] }>;
  }>;
};

export type RawToolkit = {
  title: string;
  period: string;
  themes: Array<{ name: string; workstreams: Array<{ level: 'strategic' | 'tactical' | null; title: string; actions: string[] }> }>;
};

export type RawPart = { label: string | null; status: string; dueText: string | null; comment: string | null };

export type RawItem = {
  number: number | string;
  numberInferred?: boolean;
  kind: string;
  text: string;
  status: string;
  dueText: string | null;
  comment: string | null;
  subActions: Array<{ actionRequired: string | null; currentPosition: string | null }>;
  groupHeading?: string;
  parts?: RawPart[];
};

export type RawTracker = {
  title: string;
  statusDefinitions: Record<string, string>;
  reports: Array<{
    id: string;
    title: string;
    bodies: string[];
    scope: 'national' | 'force' | null;
    reportType: string | null;
    publishedText: string | null;
    summary: string | null;
    notes: string[];
    items: RawItem[];
  }>;
};

export type RawSeed = Readonly<{
  workstreams: RawHighlight[];
  actionPlan: RawActionPlan;
  toolkit: RawToolkit;
  tracker: RawTracker;
}>;
