/** Bulk assignment of owners: what is asked, and what happened to each item. */
import type { ItemId, TrackedList, Version } from './model';

export type AssignTarget = Readonly<{ list: TrackedList; id: ItemId; version: Version }>;

export type AssignOutcome = Readonly<{
  list: TrackedList;
  id: ItemId;
  outcome: 'assigned' | 'changed' | 'forbidden' | 'failed';
  message?: string;
}>;
