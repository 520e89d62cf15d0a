/**
 * Board packs in Microsoft 365 mode, as the signed-in person: the same use cases as the local
 * server, over the SharePoint store, with snapshots as JSON files in the Snapshots library.
 * The services and the file API load on first use, outside the first-screen JS.
 */
import type { SPFI } from '@pnp/sp';
import type { ChangeReport } from '../../core/board-changes';
import type { BoardPack } from '../../core/board-pack';
import { servesBoard } from '../../core/board-roles';
import type { IsoDate } from '../../core/dates';
import { ForbiddenError } from '../../core/errors';
import type { Person } from '../../ports/directory';
import type { PackClient } from '../../ports/pack-client';
import type { SnapshotInfo, SnapshotStore } from '../../ports/snapshot-store';
import type { TrackerStore } from '../../ports/tracker-store';

export class M365PackClient implements PackClient {
  private snapshotStore: Promise<SnapshotStore> | null = null;

  constructor(
    private readonly store: TrackerStore,
    private readonly sp: SPFI,
    private readonly siteUrl: string,
    private readonly actor: Person,
    private readonly now: () => Date = () => new Date()
  ) {}

  private snapshots(): Promise<SnapshotStore> {
    this.snapshotStore ??= import('../../adapters/sharepoint/sharepoint-snapshot-store').then((m) => new m.SharePointSnapshotStore(this.sp, this.siteUrl));
    return this.snapshotStore;
  }

  async boards(): Promise<readonly string[]> {
    const { listBoards } = await import('../../services/board-pack');
    return (await listBoards(this.store)).map((b) => b.title);
  }

  async pack(board: string, meeting: IsoDate | null, asOf: IsoDate): Promise<BoardPack> {
    const { buildPackFor } = await import('../../services/board-pack');
    return buildPackFor(this.store, await this.snapshots(), board, { meeting, today: asOf });
  }

  async changes(): Promise<readonly ChangeReport[]> {
    const { changesOfAllBoards } = await import('../../services/board-pack');
    return changesOfAllBoards(this.store, await this.snapshots());
  }

  async freeze(board: string, meeting: IsoDate | null): Promise<SnapshotInfo & { items: number }> {
    const { findBoard, freezeBoard } = await import('../../services/board-pack');
    const found = await findBoard(this.store, board);
    // SharePoint's permissions on the Snapshots library decide in the end; this says why early.
    if (!servesBoard(this.actor.serves, found.title, ['secretary'])) {
      throw new ForbiddenError(`only a secretary of ${found.title} may freeze its pack`);
    }
    return freezeBoard(this.store, await this.snapshots(), found.title, { meeting, now: this.now() });
  }
}
