/** State for the Inspections screen: the reports, or one report with its items. */
import { useEffect, useState } from 'react';
import type { InspectionDetail, InspectionView } from '../../../core/inspection-view';
import type { ItemId } from '../../../core/model';
import type { TrackerClient } from '../../../ports/tracker-client';

export type Loadable<T> = Readonly<{ status: 'loading' | 'ready' | 'error'; data: T | null; error: string | null }>;

function useLoad<T>(load: (() => Promise<T>) | null, deps: readonly unknown[]): Loadable<T> {
  const [state, setState] = useState<Loadable<T>>({ status: 'loading', data: null, error: null });
  useEffect(() => {
    if (!load) {
      return undefined;
    }
    let cancelled = false;
    setState((s) => ({ ...s, status: 'loading', error: null }));
    load().then(
      (data) => !cancelled && setState({ status: 'ready', data, error: null }),
      (e: unknown) => !cancelled && setState({ status: 'error', data: null, error: (e as Error).message })
    );
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `load` is rebuilt each render; deps say when to reload
  }, deps);
  return state;
}

export function useInspectionList(client: TrackerClient, refreshKey: number): Loadable<readonly InspectionView[]> {
  return useLoad(() => client.inspections(), [client, refreshKey]);
}

export function useInspectionDetail(client: TrackerClient, id: ItemId | null, refreshKey: number): Loadable<InspectionDetail> {
  return useLoad(id === null ? null : () => client.inspection(id), [client, id, refreshKey]);
}
