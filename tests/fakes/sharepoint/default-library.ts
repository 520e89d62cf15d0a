/**
 * `web/defaultDocumentLibrary`: every team site has one (its Files tab). The fake answers with
 * its 'Documents' library when a test has made one, and refuses as SharePoint would otherwise.
 */
import type { ListAddress } from './lists';
import { odataError } from './odata';

export const defaultLibraryAddresses: ListAddress[] = [
  {
    pattern: /^\/_api\/web\/defaultDocumentLibrary/i,
    find: (fake) => {
      const list = fake.list('Documents');
      return list && list.BaseTemplate === 101 ? list : odataError(404, '-1, System.ArgumentException', 'The site has no default document library.');
    },
  },
];
