/**
 * List items: query ($select, $expand, $filter, $orderby, $top, paging by odata.nextLink),
 * read one, create, and MERGE with IF-Match (204 + ETag, or 412). Enforces the list view
 * threshold: on a list over 5,000 items a query whose first filter (or sort) is on a
 * non-indexed column, or whose first (indexed) filter still matches more than 5,000 items,
 * fails as SharePoint fails it.
 */
import { HttpResponse } from 'msw';
import type { FakeSharePoint } from '../sharepoint-fake';
import { compare, matches, parseFilter, type Clause } from './filter';
import { JSON_TYPE, guid, json, odataError } from './odata';
import type { ListRoute } from './route';
import type { FakeItem, FakeList, FakeUser } from './types';

export const VIEW_THRESHOLD = 5000;

const BUILT_IN = ['Id', 'ID', 'Title', 'Modified', 'Created', 'Author', 'Editor', 'AuthorId', 'EditorId'];

/** What an expanded person column projects: SharePoint's user properties (Name is the login claim). */
function projectUser(user: FakeUser, property: string): unknown {
  switch (property) {
    case 'Id':
      return user.Id;
    case 'Title':
      return user.Title;
    case 'EMail':
      return user.Email;
    case 'Name':
      return user.LoginName;
    default:
      return null;
  }
}

export function itemJson(fake: FakeSharePoint, list: FakeList, item: FakeItem, select: string[] | null, expand: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {
    'odata.type': `SP.Data.${list.Title}ListItem`,
    'odata.id': `${fake.siteUrl}/_api/Web/Lists(guid'${list.Id}')/Items(${item.data.Id})`,
    'odata.etag': `"${item.version}"`,
    'odata.editLink': `Web/Lists(guid'${list.Id}')/Items(${item.data.Id})`,
  };
  if (!select) {
    // Without $select SharePoint returns every field, its system fields included.
    Object.assign(out, {
      FileSystemObjectType: 0,
      ServerRedirectedEmbedUri: null,
      ServerRedirectedEmbedUrl: '',
      ContentTypeId: '0x0100B4C0A6DA8B2C4B1E9F6C9A1D3E5F7A10',
      ComplianceAssetId: null,
      OData__ColorTag: null,
      Attachments: false,
      GUID: guid(Number(item.data.Id ?? 0) + 1_000_000),
      AuthorId: item.data.AuthorId ?? null,
      EditorId: item.data.EditorId ?? null,
      Created: item.data.Created ?? item.data.Modified,
      OData__UIVersionString: `${item.version}.0`,
    });
    for (const field of list.fields.values()) {
      const column = field.TypeAsString === 'User' || field.TypeAsString === 'Lookup' ? `${field.InternalName}Id` : field.InternalName;
      out[column] = item.data[column] ?? null;
      if (field.TypeAsString === 'User' || field.TypeAsString === 'Lookup') {
        out[`${column}StringId`] = item.data[column] === undefined || item.data[column] === null ? null : String(item.data[column]);
      }
    }
  }
  const columns = select ?? Object.keys(item.data);
  for (const column of columns) {
    const [head, sub] = column.split('/');
    if (sub && head) {
      if (!expand.includes(head)) {
        throw new Error(`fake: ${column} selected without $expand=${head}`);
      }
      const user = fake.userById(item.data[`${head}Id`]);
      const projected = (out[head] as Record<string, unknown> | undefined) ?? {};
      if (user) {
        projected[sub] = projectUser(user, sub);
        out[head] = projected;
      }
    } else if (head) {
      out[head] = item.data[head] ?? null;
    }
  }
  return out;
}

function checkColumns(list: FakeList, columns: string[]): Response | null {
  for (const c of columns) {
    const base = c.split('/')[0] as string;
    const field = base.endsWith('Id') && !list.fields.has(base) ? base.slice(0, -2) : base;
    if (!BUILT_IN.includes(base) && !list.fields.has(field)) {
      return odataError(400, '-1, Microsoft.SharePoint.SPException', `Column '${base}' does not exist. It may have been deleted by another user.`);
    }
  }
  return null;
}

function isIndexed(list: FakeList, column: string): boolean {
  if (column === 'Id' || column === 'ID') {
    return true;
  }
  const field = list.fields.get(column) ?? list.fields.get(column.replace(/Id$/, ''));
  return field?.Indexed === true;
}

export const thresholdError = (): Response =>
  odataError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', 'The attempted operation is prohibited because it exceeds the list view threshold.');

function queryItems(fake: FakeSharePoint, list: FakeList, url: URL): Response {
  const select = url.searchParams.get('$select')?.split(',').filter(Boolean) ?? null;
  const expand = url.searchParams.get('$expand')?.split(',').filter(Boolean) ?? [];
  const filterText = url.searchParams.get('$filter') ?? '';
  const orderBy = (url.searchParams.get('$orderby') ?? '')
    .split(',')
    .filter(Boolean)
    .map((o) => {
      const [column, dir] = o.trim().split(' ');
      return { column: column as string, descending: dir === 'desc' };
    });
  const top = Number(url.searchParams.get('$top') ?? 100);
  const bad = checkColumns(list, [...(select ?? []), ...orderBy.map((o) => o.column)]);
  if (bad) {
    return bad;
  }
  let clauses: Clause[] = [];
  try {
    clauses = filterText ? parseFilter(filterText) : [];
  } catch (e) {
    return odataError(400, '-1, Microsoft.SharePoint.SPException', (e as Error).message);
  }
  if (list.items.size > VIEW_THRESHOLD) {
    const first = clauses[0]?.[0]?.column;
    const unindexedSort = orderBy.find((o) => !isIndexed(list, o.column));
    if (!first || !isIndexed(list, first) || unindexedSort) {
      fake.thresholdRefusals += 1;
      return thresholdError();
    }
    // An indexed first filter only helps if it narrows the scan below the threshold: SharePoint
    // refuses a query whose first indexed clause alone still matches more than 5,000 items.
    // ID is indexed like any other: a window of ids (`Id gt a and Id le b`, the leading id
    // clauses together) is the first filter, and one spanning more than 5,000 items is refused.
    // An id bound with no upper end (`Id gt a`) is paging: SharePoint walks the primary key a
    // page ($top) at a time.
    const byId = (g: Clause | undefined): boolean => g?.length === 1 && (g[0]?.column === 'Id' || g[0]?.column === 'ID');
    const notId = clauses.findIndex((g) => !byId(g));
    const idRun = clauses.slice(0, notId < 0 ? clauses.length : Math.max(1, notId));
    const bounded = !byId(clauses[0]) || idRun.some((g) => ['lt', 'le', 'eq'].includes(g[0]?.op ?? ''));
    // (ID and Id name the same column; items hold it as Id)
    const firstGroup = byId(clauses[0]) ? idRun.map((g) => g.map((c) => ({ ...c, column: 'Id' }))) : clauses.slice(0, 1);
    let scanned = 0;
    for (const item of bounded ? list.items.values() : []) {
      if (matches(item.data, firstGroup) && ++scanned > VIEW_THRESHOLD) {
        fake.thresholdRefusals += 1;
        return thresholdError();
      }
    }
  }
  if (top > 5000) {
    return odataError(400, '-1, Microsoft.SharePoint.SPException', 'The $top value exceeds the maximum of 5000.');
  }
  let rows = [...list.items.values()].filter((i) => matches(i.data, clauses));
  rows.sort((a, b) => {
    for (const o of orderBy) {
      const c = compare(a.data[o.column], b.data[o.column]);
      if (c !== 0) {
        return o.descending ? -c : c;
      }
    }
    return compare(a.data.Id, b.data.Id);
  });
  const skip = /p_ID=(\d+)/.exec(decodeURIComponent(url.searchParams.get('$skiptoken') ?? ''));
  if (skip) {
    const after = rows.findIndex((r) => r.data.Id === Number(skip[1]));
    rows = rows.slice(after + 1);
  }
  const page = rows.slice(0, top);
  const body: Record<string, unknown> = {
    'odata.metadata': `${fake.siteUrl}/_api/$metadata#SP.ListData.${list.Title}ListItems`,
    value: page.map((i) => itemJson(fake, list, i, select, expand)),
  };
  if (rows.length > top) {
    // SharePoint's nextLink addresses the list by id, whatever the request addressed it by.
    const next = new URL(`${fake.siteUrl}/_api/Web/Lists(guid'${list.Id}')/Items`);
    url.searchParams.forEach((value, key) => next.searchParams.set(key, value));
    next.searchParams.set('$skiptoken', `Paged=TRUE&p_ID=${page[page.length - 1]?.data.Id}`);
    body['odata.nextLink'] = next.toString();
  }
  return json(body);
}

/** a Text field's MaxLength from its schema XML; SharePoint's default (and the built-in Title's) is 255 */
const maxLengthOf = (field: { SchemaXml: string }): number => Number(/MaxLength="(\d+)"/.exec(field.SchemaXml)?.[1] ?? 255);

function writeItem(fake: FakeSharePoint, list: FakeList, id: number | null, body: Record<string, unknown>, ifMatch: string | null): Response {
  for (const key of Object.keys(body)) {
    if (key === '__metadata' || key.startsWith('odata.')) {
      continue;
    }
    if (!list.fields.has(key) && !list.fields.has(key.replace(/Id$/, ''))) {
      return odataError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The property '${key}' does not exist on type 'SP.Data.${list.Title}ListItem'.`);
    }
    const field = list.fields.get(key);
    const value = body[key];
    // a single line of text holds 255 characters (or its MaxLength): SharePoint refuses the item, it does not cut
    if (field?.TypeAsString === 'Text' && typeof value === 'string' && value.length > maxLengthOf(field)) {
      return odataError(400, '-2146232832, Microsoft.SharePoint.SPFieldValidationException', `The length of the value of field '${field.Title}' exceeds the maximum of ${maxLengthOf(field)} characters.`);
    }
    if (field?.EnforceUniqueValues && [...list.items.values()].some((i) => i.data[key] === body[key] && i.data.Id !== id)) {
      return odataError(400, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException', `This value is already in use: ${String(body[key])}`);
    }
  }
  body = fake.storedRow(list, body);
  fake.clock += 1000;
  // Created By / Modified By are SharePoint's own record of who wrote: the token's person, or the app
  const by = fake.actingUser().Id;
  if (id === null) {
    const newId = list.nextId++;
    const now = new Date(fake.clock).toISOString();
    const item = { data: { ...body, Id: newId, ID: newId, Modified: now, Created: now, AuthorId: by, EditorId: by }, version: 1 };
    list.items.set(newId, item);
    return json(itemJson(fake, list, item, null, []), { status: 201, headers: { ETag: '"1"' } });
  }
  const item = list.items.get(id);
  if (!item) {
    return itemNotFound();
  }
  if (ifMatch && ifMatch !== '*' && ifMatch !== `"${item.version}"`) {
    return odataError(412, '-1, Microsoft.SharePoint.Client.ClientServiceException', `The request ETag value '${ifMatch}' does not match the object's ETag value '"${item.version}"'.`);
  }
  item.data = { ...item.data, ...body, Modified: new Date(fake.clock).toISOString(), EditorId: by };
  item.version += 1;
  return new HttpResponse(null, { status: 204, headers: { ETag: `"${item.version}"` } });
}

const itemNotFound = (): Response => odataError(404, '-2130575338, Microsoft.SharePoint.SPException', 'Item does not exist. It may have been deleted by another user.');

export const itemRoutes: ListRoute[] = [
  { pattern: /^\/items$/i, verb: 'GET', handle: (fake, list, req) => queryItems(fake, list, req.url) },
  { pattern: /^\/items$/i, handle: (fake, list, req) => writeItem(fake, list, null, req.body, null) },
  {
    pattern: /^\/items\((\d+)\)$/i,
    verb: 'GET',
    handle: (fake, list, req, m) => {
      const item = list.items.get(Number(m[1]));
      if (!item) {
        return itemNotFound();
      }
      const select = req.url.searchParams.get('$select')?.split(',') ?? null;
      const expand = req.url.searchParams.get('$expand')?.split(',') ?? [];
      return HttpResponse.json(itemJson(fake, list, item, select, expand), { headers: { 'Content-Type': JSON_TYPE, ETag: `"${item.version}"` } });
    },
  },
  {
    pattern: /^\/items\((\d+)\)\/recycle$/i,
    verb: 'POST',
    handle: (fake, list, _req, m) => {
      // the item goes to the recycle bin; SharePoint answers with the bin entry's id
      const item = list.items.get(Number(m[1]));
      if (!item) {
        return itemNotFound();
      }
      list.items.delete(Number(m[1]));
      fake.recycleBin.push({ list: list.Title, data: item.data });
      return json({ value: crypto.randomUUID() });
    },
  },
  { pattern: /^\/items\((\d+)\)$/i, handle: (fake, list, req, m) => writeItem(fake, list, Number(m[1]), req.body, req.headers.get('IF-Match')) },
];
