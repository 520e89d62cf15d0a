/**
 * The records Action Tracker keeps, one type per list (DESIGN §4). Records are flat and
 * readonly; derived values (due date, precision, kind) are stored beside the text as written
 * so that SharePoint views can filter and sort on them.
 */
import type { IsoDate } from './dates';
import type { DueKind, DuePrecision } from './due-date';
import type { InspectionFact } from './inspection-facts';
import type { Lifecycle, Rag } from './rag';
import type { Provenance } from './provenance';

export type ItemId = number & { readonly _brand: 'ItemId' };
export const asItemId = (n: number): ItemId => n as ItemId;

/** A person resolved from the directory (Graph or the local one). `id` is the UPN/e-mail. */
export type PersonRef = Readonly<{ id: string; displayName: string }>;

/** The stored version an edit was read at: an ETag on SharePoint, a row version in SQLite. */
export type Version = string;

export type Meta = Readonly<{
  id: ItemId;
  version: Version;
  /** ISO instant of the last change */
  modified: string;
  /**
   * Stored values that could not be read as their field's shape (edited by hand in SharePoint
   * or the database), each a sentence naming the field; what could be read is kept.
   */
  unreadable?: readonly string[];
}>;

type DueFields = {
  dueText: string | null;
  dueDate: IsoDate | null;
  duePrecision: DuePrecision | null;
  dueKind: DueKind;
  internalDeadline: boolean;
};

type OwnerFields = {
  /** the owner as written in the source: a role, initials or a name */
  ownerText: string | null;
  /** the person who owns it, when known */
  owner: PersonRef | null;
};

type RuleFields = {
  /** why an item is RED (required when a person saves RED) */
  ragRationale: string | null;
  /** the organisation responsible when WHITE (required when a person saves WHITE) */
  responsibleOrg: string | null;
};

export type Board = Readonly<{
  title: string;
  programme: string | null;
  /** the board's status legend as its source writes it (seed 004's traffic lights), when it has one */
  legend?: ReadonlyArray<Readonly<{ status: string; meaning: string }>> | null;
  sourceKey: string;
}>;

export type WorkstreamKind = 'workstream' | 'strand' | 'objective' | 'theme' | 'toolkit-workstream';

export type Workstream = Readonly<
  OwnerFields & {
    kind: WorkstreamKind;
    title: string;
    ref: string | null;
    boardId: ItemId | null;
    parentId: ItemId | null;
    programme: string | null;
    description: string | null;
    projectRag: Rag | null;
    benefitRag: Rag | null;
    level: 'strategic' | 'tactical' | null;
    objectives: readonly string[];
    kpis: readonly string[];
    progress: readonly string[];
    nextSteps: readonly string[];
    recommendationsToBoard: string | null;
    decisionsRequired: string | null;
    sources: readonly string[];
    lastReportDate: IsoDate | null;
    /** how the source wrote it where that differs from what was read (provenance.ts) */
    provenance?: Provenance | null;
    sourceKey: string;
  }
>;

export type ActionKind = 'action' | 'deliverable' | 'template';

export type Action = Readonly<
  DueFields &
    OwnerFields &
    RuleFields & {
      kind: ActionKind;
      ref: string | null;
      title: string;
      workstreamId: ItemId | null;
      rag: Rag | null;
      lifecycle: Lifecycle;
      progress: string | null;
      protectedCharacteristics: readonly string[];
      equalityDuties: readonly string[];
      /** problems found on load ("rationale missing"), kept rather than refused */
      flags: readonly string[];
      /** the toolkit line this action was adopted from, if any (its source key) */
      templateRef: string | null;
      /** how the source wrote it where that differs from what was read (provenance.ts) */
      provenance?: Provenance | null;
      sourceKey: string;
    }
>;

export type Inspection = Readonly<{
  title: string;
  bodies: readonly string[];
  scope: 'national' | 'force' | null;
  reportType: string | null;
  publishedText: string | null;
  published: IsoDate | null;
  /** the source's own summary sentence, kept as written */
  sourceSummary: string | null;
  /** the report's own narrative paragraphs, as written */
  narrative?: readonly string[] | null;
  /** the report says it makes no specific recommendations (it highlights areas instead) */
  noSpecificRecommendations?: boolean | null;
  boardId: ItemId | null;
  sourceKey: string;
}>;

export type SubAction = Readonly<{ actionRequired: string | null; currentPosition: string | null }>;

export type Part = Readonly<
  DueFields & {
    label: string | null;
    rag: Rag | null;
    lifecycle: Lifecycle;
    comment: string | null;
  }
>;

export type Recommendation = Readonly<
  DueFields &
    OwnerFields &
    RuleFields & {
      inspectionId: ItemId;
      number: string;
      /** recommendation, area for improvement, cause of concern… (data, not code) */
      itemKind: string;
      title: string;
      rag: Rag | null;
      lifecycle: Lifecycle;
      appliesToForce: boolean;
      comment: string | null;
      groupHeading: string | null;
      subActions: readonly SubAction[];
      parts: readonly Part[];
      flags: readonly string[];
      /** dated facts: closed by the force, authorised by the inspectorate, superseded (inspection-facts.ts); [] when none */
      closureFacts?: readonly InspectionFact[];
      /** how the source wrote it where that differs from what was read: a number inferred, a merged cell (provenance.ts) */
      provenance?: Provenance | null;
      sourceKey: string;
    }
>;

export type UpdateKind = 'progress' | 'highlight' | 'closure' | 'import' | 'decision';
export type TrackedList = 'actions' | 'recommendations' | 'workstreams';

/** An update is a record, never an overwrite: the board sees history. */
export type Update = Readonly<{
  list: TrackedList;
  itemId: ItemId;
  kind: UpdateKind;
  at: string;
  author: string;
  authorName: string | null;
  previousRag: Rag | null;
  newRag: Rag | null;
  text: string | null;
  /** a dated highlight report (JSON) for workstream updates */
  body: string | null;
  /** for highlight updates: the report date as written */
  reportDateText: string | null;
  reportDate: IsoDate | null;
  benefitRag: Rag | null;
  /** identifies seeded and imported updates so a re-run adds nothing twice */
  sourceKey: string | null;
}>;

export type ReminderLogEntry = Readonly<{
  key: string;
  list: TrackedList;
  itemId: ItemId;
  rule: string;
  dueDate: IsoDate | null;
  recipient: string;
  outcome: string;
  at: string;
}>;

/**
 * An update round: a board's secretary asks each workstream owner for a highlight update before
 * the meeting. Who has submitted is not stored: it is the workstream's highlight updates since
 * `openedAt`, so a submission is the workstream's own dated update and nothing else.
 */
export type UpdateRound = Readonly<{
  /** "<board> — <meeting date>" */
  title: string;
  boardId: ItemId;
  meetingDate: IsoDate;
  /** who opened it (id) and their name */
  openedBy: string;
  openedByName: string | null;
  /** ISO instant: highlight updates from then on count as submitted */
  openedAt: string;
}>;

/** The reminder bot's chat with a person (mail or UPN, lower case): where proactive digests go; none once they remove the app. */
export type BotConversation = Readonly<{ personId: string; conversationId: string | null; serviceUrl: string | null }>;

export type Snapshot = Readonly<{ boardId: ItemId | null; takenAt: string; title: string; json: string }>;

/** Every list and the record it holds. */
export type ListRecords = {
  boards: Board;
  workstreams: Workstream;
  actions: Action;
  inspections: Inspection;
  recommendations: Recommendation;
  updates: Update;
  reminderLog: ReminderLogEntry;
  updateRounds: UpdateRound;
  botConversations: BotConversation;
  snapshots: Snapshot;
};

export type ListKey = keyof ListRecords;
export type Stored<L extends ListKey> = Meta & ListRecords[L];
