/** What the Workstreams screen shows: workstreams with their two RAGs, and one with its history. */
import type { ItemId, PersonRef, Version } from './model';
import type { Rag } from './rag';
import type { Provenance } from './provenance';
import type { StatusCounts } from './summary';
import type { TrackedItem } from './tracked-item';
import { foldText, searchTerms, termFound } from './item-filter';

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
  recommendationsToBoard: string | null;
  decisionsRequired: string | null;
  kpis: readonly string[];
  /** who sent it (a person's name for reports made in the tab; the owner's role in the seeds) */
  author: string | null;
}>;

export type WorkstreamDetail = WorkstreamSummary &
  Readonly<{
    /** the stored version, which a highlight report is saved against */
    version: Version;
    objectives: readonly string[];
    kpis: readonly string[];
    progress: readonly string[];
    nextSteps: readonly string[];
    recommendationsToBoard: string | null;
    decisionsRequired: string | null;
    deliverableItems: readonly TrackedItem[];
    highlights: readonly Highlight[];
    /** how the reports wrote what is shown where it differs: cut text, a RAG written "TBD" (provenance.ts) */
    provenance?: Provenance | null;
    /** stored values that could not be read (see Meta.unreadable) */
    unreadable?: readonly string[];
  }>;

export type WorkstreamFilter = Readonly<{ text: string; board: string | null; rag: Rag | 'none' | 'any' }>;

export const ALL_WORKSTREAMS: WorkstreamFilter = { text: '', board: null, rag: 'any' };

/** Workstreams whose words, board and RAG (Project or Benefit) match. */
export function filterWorkstreams(streams: readonly WorkstreamSummary[], filter: WorkstreamFilter): WorkstreamSummary[] {
  const terms = searchTerms(filter.text);
  return streams.filter((w) => {
    if (filter.board !== null && w.board !== filter.board) {
      return false;
    }
    if (filter.rag !== 'any') {
      const rags = [w.projectRag, w.benefitRag];
      if (filter.rag === 'none' ? !rags.includes(null) : !rags.includes(filter.rag)) {
        return false;
      }
    }
    const hay = foldText([w.title, w.programme, w.board, w.ownerText, w.owner?.displayName].filter(Boolean).join(' '));
    return terms.every((t) => termFound(hay, t));
  });
}
