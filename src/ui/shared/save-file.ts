/**
 * How the tab hands a person a file it made. In a browser and Teams on a computer: a
 * download. On Teams mobile a tab cannot save a download, so the file goes to the SharePoint
 * site (a FileShelf) and Teams opens it from there. The composition root chooses; screens
 * only call the SaveFile in context.
 */
import { createContext } from 'react';
import type { FileShelf } from '../../ports/file-shelf';

export type FileToSave = Readonly<{ name: string; bytes: Uint8Array; type: string }>;
/** what became of the file, for the person to be told */
export type SavedFile = Readonly<{ kind: 'downloaded' } | { kind: 'opened'; url: string }>;
export type SaveFile = (file: FileToSave) => Promise<SavedFile>;

export const downloadFile: SaveFile = async ({ name, bytes, type }) => {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return { kind: 'downloaded' };
};

export function shelfSaver(shelf: FileShelf, openLink: (url: string) => Promise<void>): SaveFile {
  return async ({ name, bytes }) => {
    const { url } = await shelf.put(name, bytes);
    await openLink(url);
    return { kind: 'opened', url };
  };
}

/** Teams on a phone or tablet: where downloads from a tab go nowhere */
export function isTeamsMobile(clientType: string | null): boolean {
  return clientType === 'android' || clientType === 'ios' || clientType === 'ipados';
}

export function chooseSaver(clientType: string | null, shelf: FileShelf | null, openLink: ((url: string) => Promise<void>) | null): SaveFile {
  return isTeamsMobile(clientType) && shelf && openLink ? shelfSaver(shelf, openLink) : downloadFile;
}

export const SaveFileContext = createContext<SaveFile>(downloadFile);
