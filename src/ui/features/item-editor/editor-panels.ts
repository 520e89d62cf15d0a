/**
 * Extra panels of the item editor (closure, reminders, …): each feature adds one entry here and
 * the editor shows it below the update form, only to someone who may update the item. Register
 * a panel with one line; keep its code in its own feature folder.
 */
import type { ComponentType } from 'react';
import type { TrackedItem } from '../../../core/tracked-item';
import type { Person } from '../../../ports/directory';
import type { TrackerClient } from '../../../ports/tracker-client';
import { ClosurePanel } from '../closure/ClosurePanel';

export type EditorPanelProps = Readonly<{
  item: TrackedItem;
  client: TrackerClient;
  /** the signed-in person (with their role) */
  me: Person;
  /** call after the panel changed the item: the editor and the lists reload */
  onSaved: () => void;
}>;

export type EditorPanel = Readonly<{ key: string; Panel: ComponentType<EditorPanelProps> }>;

/** Shown in this order, after the update form and before the history. */
export const EDITOR_PANELS: readonly EditorPanel[] = [{ key: 'closure', Panel: ClosurePanel }];
