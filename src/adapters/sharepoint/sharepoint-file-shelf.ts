/**
 * Exports on SharePoint: the site's default document library (the team's Files tab, which
 * every member can add to), each file named with the time so none replaces another.
 * SharePoint's refusals become domain errors with a sentence (sp-refusals.ts).
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/files/index.js';
import '@pnp/sp/folders/index.js';
import '@pnp/sp/lists/index.js';
import type { FileShelf } from '../../ports/file-shelf';
import { rethrowRefusal } from './sp-refusals';

/** SharePoint refuses " * : < > ? / \ | in file names; keep the rest as the person wrote it */
export function shelfFileName(fileName: string, at: Date): string {
  const stamp = at.toISOString().slice(0, 16).replace('T', ' ').replace(':', '-');
  const safe = fileName.replace(/["*:<>?/\\|#%]/g, '-');
  const dot = safe.lastIndexOf('.');
  return dot > 0 ? `${safe.slice(0, dot)} ${stamp}${safe.slice(dot)}` : `${safe} ${stamp}`;
}

export class SharePointFileShelf implements FileShelf {
  constructor(
    private readonly sp: SPFI,
    private readonly siteUrl: string,
    private readonly now: () => Date = () => new Date()
  ) {}

  async put(fileName: string, bytes: Uint8Array): Promise<Readonly<{ url: string }>> {
    const name = shelfFileName(fileName, this.now());
    const added = (await this.sp.web.defaultDocumentLibrary.rootFolder.files
      .addUsingPath(name, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, { Overwrite: true })
      // only the tab puts files here, as the signed-in person
      .catch(rethrowRefusal({ list: 'Documents', what: 'the site’s Documents library (the team’s Files)' }, { write: true }))) as unknown as { ServerRelativeUrl: string };
    // ?web=1 opens it in the browser's (or the Office app's) viewer rather than downloading it
    return { url: `${new URL(this.siteUrl).origin}${encodeURI(added.ServerRelativeUrl)}?web=1` };
  }
}
