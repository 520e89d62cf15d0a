/**
 * Local mode's evidence files: a folder beside the database (data/evidence/<list>/<id>/<name>),
 * served back by the local server at /api/evidence/<list>/<id>/<name>.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClosableList, EvidenceFile } from '../../core/closure';
import { checkEvidenceFile } from '../../core/evidence-file';
import { InvalidValueError } from '../../core/errors';
import type { ItemId } from '../../core/model';
import type { EvidenceStore, StoredEvidence } from '../../ports/evidence-store';

export class FileEvidenceStore implements EvidenceStore {
  constructor(private readonly root: string) {}

  private dir(list: ClosableList, id: ItemId): string {
    return join(this.root, list, String(Number(id)));
  }

  private url(list: ClosableList, id: ItemId, name: string): string {
    return `/api/evidence/${list}/${Number(id)}/${encodeURIComponent(name)}`;
  }

  async attach(list: ClosableList, id: ItemId, file: EvidenceFile, bytes: Uint8Array): Promise<StoredEvidence> {
    const checked = checkEvidenceFile(file.name, bytes.byteLength);
    const dir = this.dir(list, id);
    await mkdir(dir, { recursive: true });
    try {
      // 'wx': fails if the name exists, so a second file of the same name never overwrites the first
      await writeFile(join(dir, checked.name), bytes, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new InvalidValueError('evidenceFile.name', checked.name, 'a file of that name is already attached to this item; rename it');
      }
      throw error;
    }
    return { ...checked, url: this.url(list, id, checked.name) };
  }

  async files(list: ClosableList, id: ItemId): Promise<StoredEvidence[]> {
    const dir = this.dir(list, id);
    if (!existsSync(dir)) {
      return [];
    }
    const names = (await readdir(dir)).sort();
    return Promise.all(
      names.map(async (name) => ({ ...checkEvidenceFile(name, (await stat(join(dir, name))).size), url: this.url(list, id, name) }))
    );
  }

  /** The bytes and content type of a stored file, or null (for the local server). */
  async read(list: ClosableList, id: ItemId, name: string): Promise<{ bytes: Buffer; type: string } | null> {
    const checked = (() => {
      try {
        return checkEvidenceFile(name, 1);
      } catch {
        return null;
      }
    })();
    const path = checked ? join(this.dir(list, id), checked.name) : null;
    if (!path || !existsSync(path)) {
      return null;
    }
    return { bytes: await readFile(path), type: checked?.type ?? 'application/octet-stream' };
  }
}
