/**
 * Somewhere to put a file a person made (an export, a pack) and a link that opens it. Teams
 * mobile cannot save a download from a tab, so there the tab puts the file in the tracker's
 * SharePoint site and opens it from there.
 */
export interface FileShelf {
  /** stores the file under a name of its own and returns a link that opens it */
  put(fileName: string, bytes: Uint8Array): Promise<Readonly<{ url: string }>>;
}
