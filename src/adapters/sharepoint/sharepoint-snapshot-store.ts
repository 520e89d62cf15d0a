/**
 * Snapshots on SharePoint: each frozen snapshot is a JSON file in the Snapshots document
 * library (DESIGN §4), with Title, Board and TakenAt set on its list item so the newest of a
 * board is one indexed query. Upload never overwrites (Overwrite=false): a second freeze of
 * the same board at the same instant is refused by SharePoint itself. SharePoint's refusals
 * become domain errors with a sentence (sp-refusals.ts).
 */
import type { SPFI } from '@pnp/sp';
// Files and folders are imported here rather than in the preset: only packs need them, and
// the tab loads this adapter with the Board pack screen, outside the first-screen JS.
import '@pnp/sp/files/index.js';
import '@pnp/sp/folders/index.js';
import type { BoardSnapshot } from '../../core/board-changes';
import { slug } from '../../core/records';
import { alreadyFrozen, readSnapshotJson, snapshotTitle, type SnapshotInfo, type SnapshotStore } from '../../ports/snapshot-store';
import { listDef } from '../../schema/lookup';
import { listAt } from './list-address';
import './pnp-preset';
import { rethrowRefusal, type Principal } from './sp-refusals';

type Row = { Id: number; Title: string | null; BoardId: number | null; TakenAt: string; FileRef: string };

const statusOf = (e: unknown): number | undefined => (e as { status?: number })?.status;

const info = (r: Row): SnapshotInfo => ({ id: r.FileRef, boardId: r.BoardId ?? 0, takenAt: r.TakenAt, title: r.Title ?? '' });

export class SharePointSnapshotStore implements SnapshotStore {
  constructor(
    private readonly sp: SPFI,
    private readonly siteUrl: string,
    /** whose permissions a 403 is about: the signed-in person (tab) or the app (CLI) */
    private readonly principal: Principal = 'person'
  ) {}

  /** by URL, as the store addresses lists: a site owner's rename of the library changes its title only */
  private get library() {
    return listAt(this.sp, this.siteUrl, listDef('snapshots'));
  }

  /** SharePoint's refusals (403, threshold, throttling) on the Snapshots library as domain errors. */
  private refused(write: boolean) {
    const list = listDef('snapshots').title;
    return rethrowRefusal({ list, what: `the ${list} library` }, { write, principal: this.principal });
  }

  async freeze(snapshot: BoardSnapshot): Promise<SnapshotInfo> {
    const name = `${slug(snapshot.board)}-${snapshot.takenAt.replace(/[:.]/g, '-')}.json`;
    let added: { ServerRelativeUrl: string };
    try {
      added = (await this.library.rootFolder.files.addUsingPath(name, JSON.stringify(snapshot), { Overwrite: false })) as unknown as { ServerRelativeUrl: string };
    } catch (error) {
      if (statusOf(error) === 400 && /already exists/i.test(String((error as Error).message))) {
        throw alreadyFrozen(snapshot);
      }
      return this.refused(true)(error);
    }
    const item = (await this.sp.web.getFileByServerRelativePath(added.ServerRelativeUrl).listItemAllFields.select('Id')().catch(this.refused(false))) as { Id: number };
    const title = snapshotTitle(snapshot);
    await this.library.items.getById(item.Id).update({ Title: title, BoardId: snapshot.boardId, TakenAt: snapshot.takenAt }).catch(this.refused(true));
    return { id: added.ServerRelativeUrl, boardId: snapshot.boardId, takenAt: snapshot.takenAt, title };
  }

  private rows(boardId: number, top: number): Promise<Row[]> {
    return this.library.items
      .filter(`BoardId eq ${Number(boardId)}`)
      .orderBy('TakenAt', false)
      .select('Id', 'Title', 'BoardId', 'TakenAt', 'FileRef')
      .top(top)()
      .catch(this.refused(false)) as Promise<Row[]>;
  }

  async latest(boardId: number): Promise<BoardSnapshot | null> {
    const row = (await this.rows(boardId, 1))[0];
    return row ? this.get(row.FileRef) : null;
  }

  async list(boardId: number): Promise<SnapshotInfo[]> {
    // A board meets monthly at most: 500 snapshots is forty years of packs.
    return (await this.rows(boardId, 500)).map(info);
  }

  async get(id: string): Promise<BoardSnapshot | null> {
    try {
      return readSnapshotJson(id, await this.sp.web.getFileByServerRelativePath(id).getText());
    } catch (error) {
      if (statusOf(error) === 404) {
        return null;
      }
      return this.refused(false)(error);
    }
  }
}
