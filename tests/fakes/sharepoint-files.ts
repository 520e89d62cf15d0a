/**
 * Files in document libraries, for the SharePoint fake: upload with AddUsingPath (refusing an
 * existing name unless Overwrite=true), the file's list item (listItemAllFields), its content
 * ($value), and SharePoint's refusal to add a library item without a file.
 */
import { HttpResponse } from 'msw';
import type { FakeList, FakeSharePoint } from './sharepoint-fake';

const JSON_TYPE = 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';

function odataError(status: number, code: string, message: string): Response {
  return HttpResponse.json({ 'odata.error': { code, message: { lang: 'en-US', value: message } } }, { status, headers: { 'Content-Type': JSON_TYPE } });
}

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

function fileInfo(url: string, length: number): Record<string, unknown> {
  return { 'odata.type': 'SP.File', Name: url.split('/').pop(), ServerRelativeUrl: url, Length: String(length), Exists: true, CheckOutType: 2 };
}

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

/** Answers a file request, or returns null for the fake's main handler to answer. */
export function handleFileRequest(fake: FakeSharePoint, verb: string, path: string, bodyText: string): Response | null {
  let m: RegExpExecArray | null;
  const sitePath = new URL(fake.siteUrl).pathname;
  if ((m = /^\/_api\/web\/lists\/getByTitle\('((?:[^']|'')+)'\)\/rootFolder\/files\/AddUsingPath\(decodedurl='((?:[^']|'')+)'(,Overwrite=true)?\)$/i.exec(path)) && verb === 'POST') {
    const list = fake.list((m[1] as string).replace(/''/g, "'"));
    if (!list) {
      return odataError(404, '-1, System.ArgumentException', `List '${m[1]}' does not exist at site with URL '${fake.siteUrl}'.`);
    }
    if (list.BaseTemplate !== 101) {
      return odataError(400, '-2147024809, System.ArgumentException', 'The list is not a document library.');
    }
    const name = (m[2] as string).replace(/''/g, "'");
    if (/["*:<>?/\\|]/.test(name)) {
      return odataError(400, '-2130575245, Microsoft.SharePoint.SPException', `The file name ${name} contains characters that are not allowed.`);
    }
    const url = `${sitePath}/${list.Title}/${name}`;
    const existing = findItem(fake, url);
    if (existing && !m[3]) {
      return odataError(400, '-2130575257, Microsoft.SharePoint.SPException', `The file ${list.Title}/${name} already exists.`);
    }
    if (!existing) {
      const id = list.nextId++;
      list.items.set(id, { data: { Id: id, ID: id, Title: null, FileRef: url, FileLeafRef: name, Modified: new Date(0).toISOString() }, version: 1 });
    }
    store(fake).set(url, bodyText);
    return HttpResponse.json(fileInfo(url, bodyText.length), { status: 200, headers: { 'Content-Type': JSON_TYPE } });
  }
  if ((m = /^\/_api\/web\/getFileByServerRelativePath\(decodedUrl='((?:[^']|'')+)'\)(\/listItemAllFields|\/\$value)?$/i.exec(path)) && verb === 'GET') {
    const url = (m[1] as string).replace(/''/g, "'");
    const found = findItem(fake, url);
    if (!found) {
      return odataError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
    }
    if (m[2]?.toLowerCase() === '/$value') {
      return new HttpResponse(store(fake).get(url) ?? '', { status: 200, headers: { 'Content-Type': 'application/octet-stream' } });
    }
    if (m[2]) {
      return HttpResponse.json({ 'odata.type': `SP.Data.${found.list.Title}Item`, 'odata.etag': '"1"', ...found.data }, { headers: { 'Content-Type': JSON_TYPE } });
    }
    return HttpResponse.json(fileInfo(url, store(fake).get(url)?.length ?? 0), { headers: { 'Content-Type': JSON_TYPE } });
  }
  if ((m = /^\/_api\/web\/lists\/getByTitle\('((?:[^']|'')+)'\)\/items$/i.exec(path)) && verb === 'POST') {
    if (fake.list((m[1] as string).replace(/''/g, "'"))?.BaseTemplate === 101) {
      return odataError(400, '-2147024809, System.ArgumentException', 'To add an item to a document library, use SPFileCollection.Add()');
    }
  }
  return null;
}
