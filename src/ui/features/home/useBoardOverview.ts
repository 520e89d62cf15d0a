/**
 * State for the board overview: the open items of every board (one scoped read), summarised per
 * board for the boards this person serves; and, where board packs are available, how many
 * changes each board has since its last frozen snapshot.
 */
import { useEffect, useMemo, useState } from 'react';
import { boardOverviews, type BoardOverview } from '../../../core/board-overview';
import { servesBoard } from '../../../core/board-roles';
import type { IsoDate } from '../../../core/dates';
import type { ListedItem } from '../../../core/item-filter';
import type { Person } from '../../../ports/directory';
import type { PackClient } from '../../../ports/pack-client';
import type { TrackerClient } from '../../../ports/tracker-client';

/** Changes since a board's last snapshot: a count and when that was, or null where unknown. */
export type SinceLastBoard = Readonly<{ count: number; since: string | null }>;

export type BoardOverviewState = Readonly<{
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  boards: readonly BoardOverview[];
  /** by board title; absent while loading or where packs are not available */
  changes: ReadonlyMap<string, SinceLastBoard>;
}>;

export function useBoardOverview(client: TrackerClient, packs: PackClient | undefined, me: Person | null, asOf: IsoDate, refreshKey: number): BoardOverviewState {
  const [items, setItems] = useState<readonly ListedItem[]>([]);
  const [status, setStatus] = useState<BoardOverviewState['status']>('loading');
  const [error, setError] = useState<string | null>(null);
  const [changes, setChanges] = useState<ReadonlyMap<string, SinceLastBoard>>(new Map());

  useEffect(() => {
    if (!me) {
      return;
    }
    let cancelled = false;
    setStatus('loading');
    client.listItems({ owner: null, lifecycle: 'active', due: 'any' }, asOf).then(
      (loaded) => {
        if (!cancelled) {
          setItems(loaded);
          setStatus('ready');
        }
      },
      (e: unknown) => {
        if (!cancelled) {
          setError((e as Error).message);
          setStatus('error');
        }
      }
    );
    return () => {
      cancelled = true;
    };
  }, [client, me, asOf, refreshKey]);

  const boards = useMemo(() => {
    // A secretary or lead sees the boards they serve; a member reads every board.
    const mine = me && me.role !== 'member' && (me.serves ?? []).length > 0 ? (board: string | null) => servesBoard(me.serves, board) : null;
    return boardOverviews(items, asOf, mine);
  }, [items, asOf, me]);

  useEffect(() => {
    if (!packs || !me || me.role === 'member' || boards.length === 0) {
      return;
    }
    let cancelled = false;
    const titles = boards.flatMap((b) => (b.board ? [b.board] : []));
    Promise.all(
      titles.map((title) =>
        packs.pack(title, null, asOf).then(
          (pack) => [title, { count: pack.changes?.changes.length ?? 0, since: pack.changes?.since?.takenAt ?? null }] as const,
          () => null
        )
      )
    ).then((found) => {
      if (!cancelled) {
        setChanges(new Map(found.filter((f): f is NonNullable<typeof f> => f !== null)));
      }
    }, () => undefined);
    return () => {
      cancelled = true;
    };
  }, [packs, me, boards, asOf]);

  return { status, error, boards, changes };
}
