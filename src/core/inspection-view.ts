/** What the Inspections screen shows: a report, its counted figures and its items. */
import type { ItemId, Part, SubAction } from './model';
import type { InspectionSummary } from './summary';
import type { TrackedItem } from './tracked-item';

export type InspectionView = Readonly<{
  id: ItemId;
  title: string;
  bodies: readonly string[];
  scope: 'national' | 'force' | null;
  reportType: string | null;
  publishedText: string | null;
  published: string | null;
  sourceSummary: string | null;
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
}>;

export type InspectionDetail = InspectionView & Readonly<{ items: readonly InspectionItem[] }>;

