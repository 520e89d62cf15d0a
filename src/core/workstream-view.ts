/** What the Workstreams screen shows: workstreams with their two RAGs, and one with its history. */
import type { ItemId, PersonRef } from './model';
import type { Rag } from './rag';
import type { StatusCounts } from './summary';
import type { TrackedItem } from './tracked-item';

export type WorkstreamSummary = Readonly<{
  id: ItemId;
  title: string;
  programme: string | null;
  board: string | null;
  ownerText: string | null;
  owner: PersonRef | null;
  projectRag: Rag | null;
  benefitRag: Rag | null;
  lastReportDate: string | null;
  deliverables: StatusCounts;
}>;

/** One dated highlight report, as the board received it. */
export type Highlight = Readonly<{
  id: ItemId;
  reportDateText: string | null;
  reportDate: string | null;
  /** the name the workstream had then ("Culture & Leadership") */
  reportedAs: string | null;
  ownerRole: string | null;
  projectRag: Rag | null;
  benefitRag: Rag | null;
  progress: readonly string[];
  nextSteps: readonly string[];
}>;

export type WorkstreamDetail = WorkstreamSummary &
  Readonly<{
    objectives: readonly string[];
    kpis: readonly string[];
    progress: readonly string[];
    nextSteps: readonly string[];
    recommendationsToBoard: string | null;
    decisionsRequired: string | null;
    deliverableItems: readonly TrackedItem[];
    highlights: readonly Highlight[];
  }>;
