/**
 * Files in document libraries: upload with AddUsingPath (refusing an existing name unless
 * Overwrite=true, and names with characters SharePoint forbids), a file's list item
 * (listItemAllFields) and content ($value), and SharePoint's refusal to add a library item
 * without a file.
 */
import { HttpResponse } from 'msw';
import type { FakeSharePoint } from '../sharepoint-fake';
import { itemRoutes } from './items';
import { json, odataError } from './odata';
import type { ListRoute, SiteRoute } from './route';
import type { FakeList } from './types';

/** file contents by server-relative URL, per fake */
const contents = new WeakMap<FakeSharePoint, Map<string, string>>();

function store(fake: FakeSharePoint): Map<string, string> {
  let map = contents.get(fake);
  if (!map) {
    map = new Map();
    contents.set(fake, map);
  }
  return map;
}

/** A document library's own columns, which every library has from its creation. */
export function addLibraryFields(list: FakeList): void {
  for (const name of ['FileRef', 'FileLeafRef']) {
    list.fields.set(name, { InternalName: name, Title: name, TypeAsString: 'Text', Id: `library-${name}`, Indexed: false, EnforceUniqueValues: false, Choices: [], SchemaXml: '' });
  }
}

const fileInfo = (url: string, length: number): Record<string, unknown> => ({
  'odata.type': 'SP.File',
  Name: url.split('/').pop(),
  ServerRelativeUrl: url,
  Length: String(length),
  Exists: true,
  CheckOutType: 2,
});

function findItem(fake: FakeSharePoint, url: string): { list: FakeList; data: Record<string, unknown> } | null {
  for (const list of fake.lists.values()) {
    for (const item of list.items.values()) {
      if (item.data.FileRef === url) {
        return { list, data: item.data };
      }
    }
  }
  return null;
}

export const fileSiteRoutes: SiteRoute[] = [
  {
    pattern: /^\/_api\/web\/getFileByServerRelativePath\(decodedUrl='((?:[^']|'')+)'\)(\/listItemAllFields|\/\$value)?$/i,
    verb: 'GET',
    handle: (fake, _req, m) => {
      const url = (m[1] as string).replace(/''/g, "'");
      const found = findItem(fake, url);
      if (!found) {
        return odataError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
      }
      if (m[2]?.toLowerCase() === '/$value') {
        return new HttpResponse(store(fake).get(url) ?? '', { status: 200, headers: { 'Content-Type': 'application/octet-stream' } });
      }
      if (m[2]) {
        return json({ 'odata.type': `SP.Data.${found.list.Title}Item`, 'odata.etag': '"1"', ...found.data });
      }
      return json(fileInfo(url, store(fake).get(url)?.length ?? 0));
    },
  },
];

export const fileListRoutes: ListRoute[] = [
  {
    pattern: /^\/rootFolder\/files\/AddUsingPath\(decodedurl='((?:[^']|'')+)'(,Overwrite=true)?\)$/i,
    verb: 'POST',
    handle: (fake, list, req, m) => {
      if (list.BaseTemplate !== 101) {
        return odataError(400, '-2147024809, System.ArgumentException', 'The list is not a document library.');
      }
      const name = (m[1] as string).replace(/''/g, "'");
      if (/["*:<>?/\\|]/.test(name)) {
        return odataError(400, '-2130575245, Microsoft.SharePoint.SPException', `The file name ${name} contains characters that are not allowed.`);
      }
      // under the library's URL, which a site owner's rename of its title does not change
      const url = `${list.Url}/${name}`;
      const existing = findItem(fake, url);
      if (existing && !m[2]) {
        return odataError(400, '-2130575257, Microsoft.SharePoint.SPException', `The file ${list.Url.split('/').pop()}/${name} already exists.`);
      }
      if (!existing) {
        fake.clock += 1000;
        const id = list.nextId++;
        list.items.set(id, { data: { Id: id, ID: id, Title: null, FileRef: url, FileLeafRef: name, Modified: new Date(fake.clock).toISOString() }, version: 1 });
      }
      store(fake).set(url, req.bodyText);
      return json(fileInfo(url, req.bodyText.length));
    },
  },
  {
    // Must come before the item routes: on a library, an item needs a file.
    pattern: /^\/items$/i,
    verb: 'POST',
    handle: (fake, list, req, m) =>
      list.BaseTemplate === 101
        ? odataError(400, '-2147024809, System.ArgumentException', 'To add an item to a document library, use SPFileCollection.Add()')
        : (itemRoutes.find((r) => r.verb !== 'GET' && r.pattern.test('/items')) as ListRoute).handle(fake, list, req, m),
  },
];
