/**
 * Every board's changes since its last snapshot, indexed by item, for the change badges. It
 * loads after the first screen (never in its way) and again when something is saved; without
 * a board-pack client (or if it fails) there are simply no badges.
 */
import { useEffect, useState } from 'react';
import { indexChanges, type ChangeIndex } from '../../core/board-changes';
import type { PackClient } from '../../ports/pack-client';
import { afterPaint } from './after-paint';

const NONE: ChangeIndex = new Map();

export function useBoardChanges(client: PackClient | undefined, refreshKey: number, active: boolean): ChangeIndex {
  const [index, setIndex] = useState<ChangeIndex>(NONE);
  useEffect(() => {
    if (!client || !active) {
      return;
    }
    let live = true;
    // once the first screen has painted: its own task, not the one that shows the data
    void afterPaint()
      .then(() => (live ? client.changes() : null))
      .then(
        (reports) => live && reports !== null && setIndex(indexChanges(reports)),
        () => live && setIndex(NONE)
      );
    return () => {
      live = false;
    };
  }, [client, refreshKey, active]);
  return index;
}
