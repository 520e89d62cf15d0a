/** What the Inspections screen shows: a report, its counted figures and its items. */
import type { ItemId, Part, SubAction } from './model';
import type { InspectionSummary } from './summary';
import type { TrackedItem } from './tracked-item';

/** Fields added later are optional so that views built elsewhere (board packs, tests) stay valid. */
export type InspectionView = Readonly<{
  id: ItemId;
  title: string;
  bodies: readonly string[];
  scope: 'national' | 'force' | null;
  reportType: string | null;
  publishedText: string | null;
  published: string | null;
  sourceSummary: string | null;
  /** the report's own paragraphs, as written */
  narrative?: readonly string[];
  noSpecificRecommendations?: boolean;
  /** the status legend of the board the report sits on, as written; null when it has none */
  legend?: ReadonlyArray<Readonly<{ status: string; meaning: string }>> | null;
  summary: InspectionSummary;
}>;

export type InspectionItem = Readonly<{
  item: TrackedItem;
  number: string;
  itemKind: string;
  groupHeading: string | null;
  appliesToForce: boolean;
  parts: readonly Part[];
  subActions: readonly SubAction[];
  /** the number was not written in the source but taken from the item's position */
  numberInferred?: boolean;
  /** what the source did not write on this row, or wrote differently, in words (provenance.ts) */
  sourceNotes?: readonly string[];
}>;

export type InspectionDetail = InspectionView & Readonly<{ items: readonly InspectionItem[] }>;

