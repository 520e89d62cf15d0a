/**
 * What the tab needs for two-key closure (DESIGN §1, §7): what this person may do about an
 * item's closure and the proposal pending on it; propose with evidence, accept, return with a
 * reason; on inspection items record the inspectorate's authorisation and supersession; and
 * the "Closures to review" list. Local mode implements it with the local server's API;
 * Microsoft 365 mode with the same use cases over SharePoint (evidence as item attachments).
 */
import type { ClosableList, StoredFileRef } from '../core/closure';
import type { IsoDate } from '../core/dates';
import type { InspectionFact } from '../core/inspection-facts';
import type { ListedItem } from '../core/item-filter';
import type { ItemId, Version } from '../core/model';
import type { TrackedItem } from '../core/tracked-item';

/** A pending proposal as the reviewer sees it: who, when, the note and the evidence. */
export type ProposalView = Readonly<{
  by: string;
  byName: string;
  at: string;
  note: string;
  link: string | null;
  file: StoredFileRef | null;
}>;

/** A later recommendation this one could be superseded by. */
export type SupersedeOption = Readonly<{ id: ItemId; label: string; title: string }>;

/** A recommendation as a link names it: which of which inspection, and what it says. */
export type RecommendationLink = Readonly<{ id: ItemId; label: string; inspection: string; title: string }>;

export type ClosureView = Readonly<{
  canPropose: boolean;
  /** accept or return: a secretary or lead of the item's board who did not propose it */
  canDecide: boolean;
  /** authorise and supersede: inspection items, a secretary or lead of its board */
  canRecordFacts: boolean;
  proposal: ProposalView | null;
  /** inspection items: closed by the force, authorised, superseded (oldest first) */
  facts: readonly InspectionFact[];
  /** inspection items: the later recommendation that superseded this one, if any */
  supersededBy: RecommendationLink | null;
  /** inspection items: the earlier recommendations this one superseded (read from theirs: nothing is written to this one) */
  supersedes: readonly RecommendationLink[];
}>;

export type ReviewItem = ListedItem & Readonly<{ proposal: ProposalView }>;

export type EvidenceUpload = Readonly<{ name: string; bytes: Uint8Array }>;

export interface ClosureClient {
  /** what the signed-in person may do about this item's closure now */
  view(list: ClosableList, id: ItemId): Promise<ClosureView>;
  /** the owner (or a secretary or lead of its board) proposes closure with a note and evidence: a link, a file or both */
  propose(list: ClosableList, id: ItemId, version: Version, input: Readonly<{ note: string; link?: string | null; file?: EvidenceUpload | null }>): Promise<TrackedItem>;
  /** a lead or the board's secretary accepts (GREEN / closed); never the proposer */
  accept(list: ClosableList, id: ItemId, version: Version, input: Readonly<{ note?: string | null; reference?: string | null }>): Promise<TrackedItem>;
  /** a lead or the board's secretary returns it with a reason (open again) */
  sendBack(list: ClosableList, id: ItemId, version: Version, input: Readonly<{ reason: string }>): Promise<TrackedItem>;
  /** records that the inspectorate authorised an inspection item's closure */
  authorise(id: ItemId, version: Version, input: Readonly<{ on: IsoDate | string; reference: string }>): Promise<TrackedItem>;
  /** records that a later recommendation supersedes this one */
  supersede(id: ItemId, version: Version, input: Readonly<{ by: ItemId; on: IsoDate | string; reference?: string | null }>): Promise<TrackedItem>;
  /** other recommendations that could supersede this one */
  supersedeOptions(id: ItemId): Promise<readonly SupersedeOption[]>;
  /** items with closure proposed on the boards the person serves, not proposed by them, oldest proposal first */
  toReview(asOf: IsoDate): Promise<readonly ReviewItem[]>;
}
