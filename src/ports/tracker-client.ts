/**
 * What the tab needs from the back end, as one small interface. Local mode implements it
 * with the local server's API; Microsoft 365 mode with the use cases over SharePoint/Graph.
 */
import type { IsoDate } from '../core/dates';
import type { ItemEdit } from '../core/item-edit';
import type { HighlightReport } from '../core/highlight-report';
import type { ItemId, PersonRef, Stored, TrackedList, Version } from '../core/model';
import type { AssignOutcome, AssignTarget } from '../core/assignment';
import type { ImportProgress, ImportReport } from '../core/import-report';
import type { AdoptRequest, AdoptResult, TemplateTheme } from '../core/template-view';
import type { TrackedItem } from '../core/tracked-item';
import type { Person } from './directory';
import type { InspectionDetail, InspectionView } from '../core/inspection-view';
import type { WorkstreamDetail, WorkstreamSummary } from '../core/workstream-view';
import type { PlanDetail, PlanSummary } from '../core/plan-view';
import type { ItemScope, ListedItem } from '../core/item-filter';

export type ItemWithHistory = Readonly<{
  item: TrackedItem;
  history: readonly Stored<'updates'>[];
  /** the item's board, by title (null: none) */
  board?: string | null;
  /** whether the signed-in person may update it (its owner, or a secretary or lead of its board) */
  canUpdate?: boolean;
}>;

/** One page of a list of items (All items reads a page at a time and shows the first at once). */
export type ItemsPage = Readonly<{
  items: readonly ListedItem[];
  /** where the next page starts (pass it back as the cursor); null when there is no more */
  next: string | null;
  /** set when this was the bounded first read of a large list: the due window it covered */
  window: Readonly<{ from: IsoDate; to: IsoDate }> | null;
  /** true where the next pages are read only when asked (SharePoint), false where they follow at once */
  onDemand: boolean;
}>;

/** A decision minuted at a board meeting against an item. */
export type DecisionRequest = Readonly<{ text: string; meetingDate: IsoDate; /** the Teams meeting's id, when recorded in one */ meetingId?: string | null }>;

/** A new action agreed at a board meeting, on the same board as the item it was agreed about. */
export type AgreedActionRequest = Readonly<{ title: string; owner?: PersonRef | null; dueText?: string | null; meetingDate: IsoDate; meetingId?: string | null }>;

/** The cursor that asks for everything in the scope, a page at a time, after a bounded first read. */
export const EVERYTHING = 'everything';

export interface TrackerClient {
  /** the signed-in person with their role: what the tab offers depends on it (DESIGN §7) */
  me(): Promise<Person>;
  /** everything the signed-in person owns, overdue first */
  myItems(asOf: IsoDate): Promise<readonly TrackedItem[]>;
  /**
   * The items in a scope (owner, lifecycle, due window: what a store narrows on indexed
   * columns), each with its board and context; the rest of a filter is applied in memory.
   */
  listItems(scope: ItemScope, asOf: IsoDate): Promise<readonly ListedItem[]>;
  /** the same a page at a time: `cursor` null for the first page, then each page's `next` (or EVERYTHING) */
  listItemsPage(scope: ItemScope, asOf: IsoDate, cursor: string | null): Promise<ItemsPage>;
  /** one item and its history, newest first */
  item(list: TrackedList, id: ItemId): Promise<ItemWithHistory>;
  /** saves an edit started at `version`; throws VersionConflictError carrying the current item */
  save(list: TrackedList, id: ItemId, version: Version, edit: Partial<ItemEdit>): Promise<TrackedItem>;
  /**
   * saves a workstream's highlight report started at `version`: the workstream's new state and
   * one dated highlight update; throws VersionConflictError carrying the current item
   */
  saveHighlight(id: ItemId, version: Version, report: HighlightReport): Promise<TrackedItem>;
  /** records a decision against an item (a secretary or lead of its board): one Update of kind 'decision' */
  recordDecision(list: TrackedList, id: ItemId, request: DecisionRequest): Promise<Stored<'updates'>>;
  /** adds an action the meeting agreed, on the item's board, its history saying so (a secretary or lead of that board) */
  addAgreedAction(list: TrackedList, id: ItemId, request: AgreedActionRequest): Promise<TrackedItem>;
  /** people for the owner picker (and, in local mode, the user switcher) @default top 10 */
  people(search: string, top?: number): Promise<readonly Person[]>;
  /** inspection reports with their counted figures, newest first */
  inspections(): Promise<readonly InspectionView[]>;
  /** one report and its items by number */
  inspection(id: ItemId): Promise<InspectionDetail>;
  /** workstreams with Project and Benefit RAG, by programme */
  workstreams(): Promise<readonly WorkstreamSummary[]>;
  /** one workstream with its deliverables and highlight reports */
  workstream(id: ItemId): Promise<WorkstreamDetail>;
  /** open items with no person as owner, for a secretary to assign */
  unassigned(asOf: IsoDate): Promise<readonly TrackedItem[]>;
  /** gives each item to `owner`; reports per item */
  assign(targets: readonly AssignTarget[], owner: PersonRef): Promise<readonly AssignOutcome[]>;
  /** checks (preview) or carries out an import of a CSV or XLSX file */
  /** `onProgress` is told how far a long import has got, where the client can know (in the tab, in Microsoft 365 mode) */
  importFile(fileName: string, bytes: Uint8Array, options: Readonly<{ preview: boolean; strict: boolean; onProgress?: (p: ImportProgress) => void }>): Promise<ImportReport>;
  /** the NPCC toolkit: themes → work streams → lines, with how often each was adopted */
  templates(): Promise<readonly TemplateTheme[]>;
  /** adopts toolkit lines into a plan objective as actions with an owner and a due date */
  adopt(request: AdoptRequest): Promise<AdoptResult>;
  /** boards that have an action plan */
  plans(): Promise<readonly PlanSummary[]>;
  /** one plan: strands → objectives → actions, with coverage */
  plan(boardId: ItemId): Promise<PlanDetail>;
}
