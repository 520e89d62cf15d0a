/**
 * Where closure evidence files live (a small port beside TrackerStore): beside the database in
 * local mode, as the item's attachments on SharePoint. Files are checked (core/evidence-file.ts)
 * before they reach an adapter.
 */
import type { ClosableList, EvidenceFile } from '../core/closure';
import type { ItemId } from '../core/model';

export type StoredEvidence = EvidenceFile & Readonly<{ url: string }>;

export interface EvidenceStore {
  /**
   * Stores a file against an item. A name already attached to that item is refused
   * (InvalidValueError on evidenceFile.name), as SharePoint refuses it: nothing is overwritten.
   */
  attach(list: ClosableList, id: ItemId, file: EvidenceFile, bytes: Uint8Array): Promise<StoredEvidence>;
  /** the files stored against an item */
  files(list: ClosableList, id: ItemId): Promise<StoredEvidence[]>;
}
