/** State for the Unassigned screen: the items, the selection, the person, and assigning. */
import { useCallback, useState } from 'react';
import type { AssignOutcome } from '../../../core/assignment';
import type { IsoDate } from '../../../core/dates';
import type { PersonRef } from '../../../core/model';
import type { TrackedItem } from '../../../core/tracked-item';
import type { TrackerClient } from '../../../ports/tracker-client';
import { useLoad, type Loadable } from '../../shared/useLoad';
import { NO_FILTER } from '../../../core/item-filter';
import { useFilteredItems, type FilteredItems } from '../../shared/useFilteredItems';

export type UnassignedState = Readonly<{
  items: Loadable<readonly TrackedItem[]>;
  /** the items that match the search and filters: what "Select all" selects and Export exports */
  list: FilteredItems<TrackedItem>;
  selected: ReadonlySet<string>;
  owner: PersonRef | null;
  busy: boolean;
  results: readonly AssignOutcome[] | null;
  error: string | null;
  toggle: (key: string) => void;
  toggleAll: () => void;
  setOwner: (owner: PersonRef | null) => void;
  assign: () => Promise<void>;
}>;

export const keyOf = (i: Pick<TrackedItem, 'list' | 'id'>): string => `${i.list}:${i.id}`;

export function useUnassigned(client: TrackerClient, asOf: IsoDate, refreshKey: number, active: boolean, onAssigned: () => void): UnassignedState {
  const items = useLoad(active ? () => client.unassigned(asOf) : null, [client, asOf, refreshKey, active]);
  const list = useFilteredItems(items.data ?? [], NO_FILTER, { key: 'due', descending: false }, { asOf, me: '' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [owner, setOwner] = useState<PersonRef | null>(null);
  const [busy, setBusy] = useState(false);
  const [results, setResults] = useState<readonly AssignOutcome[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const toggle = useCallback((key: string) => {
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(key)) {
        next.delete(key);
      } else {
        next.add(key);
      }
      return next;
    });
  }, []);

  const toggleAll = useCallback(() => {
    const all = list.results.map(keyOf);
    setSelected((s) => (all.every((k) => s.has(k)) ? new Set() : new Set(all)));
  }, [list.results]);

  const assign = useCallback(async () => {
    if (!owner || selected.size === 0) {
      setError(!owner ? 'Choose the person to assign first.' : 'Select at least one item.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const targets = (items.data ?? []).filter((i) => selected.has(keyOf(i))).map((i) => ({ list: i.list, id: i.id, version: i.version }));
      setResults(await client.assign(targets, owner));
      setSelected(new Set());
      onAssigned();
    } catch (e) {
      setError(`Nothing was assigned: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  }, [client, items.data, owner, selected, onAssigned]);

  return { items, list, selected, owner, busy, results, error, toggle, toggleAll, setOwner, assign };
}
