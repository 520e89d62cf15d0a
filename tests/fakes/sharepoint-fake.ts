/**
 * An HTTP-level SharePoint fake for msw 2. It serves the documented REST shapes our adapter
 * relies on — minimalmetadata JSON with odata.etag, odata.nextLink paging, odata.error bodies,
 * MERGE with IF-Match (204 + ETag, or 412), 429 with Retry-After, multipart $batch,
 * ensureUser / getByEmail, and list, field and view creation — and it enforces the list view
 * threshold: on a list over 5,000 items a query whose first filter (or sort) is on a
 * non-indexed column fails as SharePoint fails it.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { addLibraryFields, handleFileRequest } from './sharepoint-files';

export type FakeField = {
  InternalName: string;
  Title: string;
  TypeAsString: string;
  Id: string;
  Indexed: boolean;
  EnforceUniqueValues: boolean;
  Choices: string[];
  SchemaXml: string;
};

type FakeItem = { data: Record<string, unknown>; version: number };

export type FakeList = {
  Id: string;
  Title: string;
  BaseTemplate: number;
  EnableVersioning: boolean;
  fields: Map<string, FakeField>;
  items: Map<number, FakeItem>;
  nextId: number;
  views: Array<{ Id: string; Title: string; ViewQuery: string; RowLimit: number; fields: string[] }>;
  HasUniqueRoleAssignments: boolean;
  roleAssignments: Array<{ principalId: number; roleId: number }>;
};

export type FakeRole = { Id: number; Name: string; RoleTypeKind: number; BasePermissions: { High: string; Low: string } };

export type FakeUser = { Id: number; Title: string; Email: string; LoginName: string };

export type RecordedRequest = Readonly<{ method: string; url: string; inBatch: boolean; bytes: number; userAgent?: string | null }>;

const JSON_TYPE = 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';
export const VIEW_THRESHOLD = 5000;

const BUILT_IN = ['Id', 'ID', 'Title', 'Modified', 'Created', 'AuthorId', 'EditorId'];

function odataError(status: number, code: string, message: string): Response {
  return HttpResponse.json({ 'odata.error': { code, message: { lang: 'en-US', value: message } } }, { status, headers: { 'Content-Type': JSON_TYPE } });
}

function guid(n: number): string {
  const h = n.toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${h}`;
}

/** Parses the $filter grammar our adapter writes: clauses joined by "and", an "or" group of eq. */
function parseLiteral(text: string): unknown {
  const t = text.trim();
  if (t === 'null') {
    return null;
  }
  const dt = /^datetime'(.*)'$/.exec(t);
  if (dt) {
    return dt[1];
  }
  const str = /^'((?:[^']|'')*)'$/.exec(t);
  if (str) {
    return (str[1] as string).replace(/''/g, "'");
  }
  if (t === 'true') {
    return true;
  }
  if (t === 'false') {
    return false;
  }
  const n = Number(t);
  if (Number.isFinite(n)) {
    return n;
  }
  throw new Error(`fake: cannot read literal ${t}`);
}

type Clause = { column: string; op: string; value: unknown }[];

function splitTop(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === "'") {
      quoted = !quoted;
    } else if (!quoted && ch === '(') {
      depth += 1;
    } else if (!quoted && ch === ')') {
      depth -= 1;
    } else if (!quoted && depth === 0 && text.startsWith(separator, i)) {
      parts.push(text.slice(start, i));
      start = i + separator.length;
      i += separator.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

export function parseFilter(filter: string): Clause[] {
  return splitTop(filter, ' and ').map((part) => {
    const inner = part.startsWith('(') && part.endsWith(')') ? part.slice(1, -1) : part;
    return splitTop(inner, ' or ').map((c) => {
      const m = /^([A-Za-z0-9_]+) (eq|ne|lt|le|gt|ge) (.+)$/.exec(c);
      if (!m) {
        throw new Error(`fake: cannot read filter clause ${c}`);
      }
      return { column: m[1] as string, op: m[2] as string, value: parseLiteral(m[3] as string) };
    });
  });
}

function compare(a: unknown, b: unknown): number {
  if (a === b) {
    return 0;
  }
  if (a === null || a === undefined) {
    return -1;
  }
  if (b === null || b === undefined) {
    return 1;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

function matches(item: Record<string, unknown>, clauses: Clause[]): boolean {
  return clauses.every((alternatives) =>
    alternatives.some(({ column, op, value }) => {
      let actual = item[column] ?? null;
      if (typeof actual === 'boolean' && typeof value === 'number') {
        actual = actual ? 1 : 0;
      }
      const c = compare(actual, value);
      switch (op) {
        case 'eq':
          return value === null ? actual === null : c === 0;
        case 'ne':
          return value === null ? actual !== null : c !== 0;
        case 'lt':
          return actual !== null && c < 0;
        case 'le':
          return actual !== null && c <= 0;
        case 'gt':
          return actual !== null && c > 0;
        case 'ge':
          return actual !== null && c >= 0;
        default:
          return false;
      }
    })
  );
}

const unescapeXml = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

function xmlAttr(xml: string, name: string): string | null {
  const raw = new RegExp(`\\s${name}="([^"]*)"`).exec(xml)?.[1];
  return raw === undefined ? null : unescapeXml(raw);
}

export class FakeSharePoint {
  readonly lists = new Map<string, FakeList>();
  readonly users = new Map<string, FakeUser>();
  readonly requests: RecordedRequest[] = [];
  readonly roles: FakeRole[] = [
    { Id: 1073741826, Name: 'Read', RoleTypeKind: 2, BasePermissions: { High: '176', Low: '138612833' } },
    { Id: 1073741827, Name: 'Contribute', RoleTypeKind: 3, BasePermissions: { High: '432', Low: '1011030767' } },
  ];
  readonly memberGroup = { Id: 5, Title: 'Governance Members' };
  /** SharePoint groups by title, with their members' e-mails */
  readonly groups = new Map<string, Set<string>>();
  /** whose token the current request carries (tokens in tests are "user:<email>") */
  currentUser: string | null = null;
  /** the next N top-level requests answer 429 with this Retry-After */
  throttle: { remaining: number; retryAfter: string } = { remaining: 0, retryAfter: '1' };
  private nextUserId = 10;
  private nextGuid = 1;
  private now = 1_700_000_000_000;

  constructor(readonly siteUrl: string) {}

  /** Counts of top-level HTTP requests (a $batch is one). */
  httpRequestCount(): number {
    return this.requests.filter((r) => !r.inBatch).length;
  }

  writeRequestCount(): number {
    return this.requests.filter((r) => r.method !== 'GET' && !r.url.endsWith('/_api/$batch')).length;
  }

  resetCounts(): void {
    this.requests.length = 0;
    this.responseBytes = 0;
  }

  addUser(email: string, title: string): FakeUser {
    const user: FakeUser = { Id: this.nextUserId++, Title: title, Email: email, LoginName: `i:0#.f|membership|${email}` };
    this.users.set(email.toLowerCase(), user);
    return user;
  }

  list(title: string): FakeList | undefined {
    return this.lists.get(title.toLowerCase());
  }

  createList(title: string, template: number): FakeList {
    const list: FakeList = {
      Id: guid(this.nextGuid++),
      Title: title,
      BaseTemplate: template,
      EnableVersioning: false,
      fields: new Map(),
      items: new Map(),
      nextId: 1,
      views: [],
      HasUniqueRoleAssignments: false,
      roleAssignments: [],
    };
    for (const name of ['Title', 'Modified', 'Created']) {
      list.fields.set(name, { InternalName: name, Title: name, TypeAsString: name === 'Title' ? 'Text' : 'DateTime', Id: guid(this.nextGuid++), Indexed: false, EnforceUniqueValues: false, Choices: [], SchemaXml: '' });
    }
    if (template === 101) {
      addLibraryFields(list);
    }
    this.lists.set(title.toLowerCase(), list);
    return list;
  }

  addFieldXml(list: FakeList, xml: string): FakeField {
    const name = xmlAttr(xml, 'Name') ?? xmlAttr(xml, 'StaticName');
    if (!name) {
      throw new Error('fake: field XML without Name');
    }
    const choices = [...xml.matchAll(/<CHOICE>([^<]*)<\/CHOICE>/g)].map((m) => unescapeXml(m[1] as string));
    const field: FakeField = {
      InternalName: name,
      Title: xmlAttr(xml, 'DisplayName') ?? name,
      TypeAsString: xmlAttr(xml, 'Type') ?? 'Text',
      Id: (xmlAttr(xml, 'ID') ?? '').replace(/[{}]/g, ''),
      Indexed: xmlAttr(xml, 'Indexed') === 'TRUE',
      EnforceUniqueValues: xmlAttr(xml, 'EnforceUniqueValues') === 'TRUE',
      Choices: choices,
      SchemaXml: xml,
    };
    list.fields.set(name, field);
    return field;
  }

  /** Bulk-loads items straight into a list (large-list tests), bypassing HTTP. */
  seedItems(title: string, rows: Array<Record<string, unknown>>): void {
    const list = this.list(title);
    if (!list) {
      throw new Error(`fake: no list ${title}`);
    }
    for (const row of rows) {
      const id = list.nextId++;
      list.items.set(id, { data: { ...row, Id: id, Modified: new Date(this.now).toISOString() }, version: 1 });
    }
  }

  private itemJson(list: FakeList, item: FakeItem, select: string[] | null, expand: string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {
      'odata.type': `SP.Data.${list.Title}ListItem`,
      'odata.id': `${this.siteUrl}/_api/Web/Lists(guid'${list.Id}')/Items(${item.data.Id})`,
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
        AuthorId: 7,
        EditorId: 7,
        Created: item.data.Modified,
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
        const userId = item.data[`${head}Id`];
        const user = [...this.users.values()].find((u) => u.Id === userId);
        const projected = (out[head] as Record<string, unknown> | undefined) ?? {};
        if (user) {
          projected[sub] = sub === 'Id' ? user.Id : sub === 'Title' ? user.Title : sub === 'EMail' ? user.Email : null;
          out[head] = projected;
        }
      } else if (head) {
        out[head] = item.data[head] ?? null;
      }
    }
    return out;
  }

  private checkColumns(list: FakeList, columns: string[]): Response | null {
    for (const c of columns) {
      const base = c.split('/')[0] as string;
      const field = base.endsWith('Id') && !list.fields.has(base) ? base.slice(0, -2) : base;
      if (!BUILT_IN.includes(base) && !list.fields.has(field)) {
        return odataError(400, '-1, Microsoft.SharePoint.SPException', `Column '${base}' does not exist. It may have been deleted by another user.`);
      }
    }
    return null;
  }

  private isIndexed(list: FakeList, column: string): boolean {
    if (column === 'Id' || column === 'ID') {
      return true;
    }
    const field = list.fields.get(column) ?? list.fields.get(column.replace(/Id$/, ''));
    return field?.Indexed === true;
  }

  private queryItems(list: FakeList, url: URL): Response {
    const select = url.searchParams.get('$select')?.split(',').filter(Boolean) ?? null;
    const expand = url.searchParams.get('$expand')?.split(',').filter(Boolean) ?? [];
    const filterText = url.searchParams.get('$filter') ?? '';
    const orderBy = (url.searchParams.get('$orderby') ?? '').split(',').filter(Boolean).map((o) => {
      const [column, dir] = o.trim().split(' ');
      return { column: column as string, descending: dir === 'desc' };
    });
    const top = Number(url.searchParams.get('$top') ?? 100);
    const bad = this.checkColumns(list, [...(select ?? []), ...orderBy.map((o) => o.column)]);
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
      const unindexedSort = orderBy.find((o) => !this.isIndexed(list, o.column));
      if (!first || !this.isIndexed(list, first) || unindexedSort) {
        return odataError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', 'The attempted operation is prohibited because it exceeds the list view threshold.');
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
      'odata.metadata': `${this.siteUrl}/_api/$metadata#SP.ListData.${list.Title}ListItems`,
      value: page.map((i) => this.itemJson(list, i, select, expand)),
    };
    if (rows.length > top) {
      const next = new URL(url.toString());
      next.searchParams.set('$skiptoken', `Paged=TRUE&p_ID=${page[page.length - 1]?.data.Id}`);
      body['odata.nextLink'] = next.toString();
    }
    return HttpResponse.json(body, { headers: { 'Content-Type': JSON_TYPE } });
  }

  private writeItem(list: FakeList, id: number | null, body: Record<string, unknown>, ifMatch: string | null): Response {
    for (const key of Object.keys(body)) {
      if (key.startsWith('__') || key.startsWith('odata.')) {
        continue;
      }
      if (!list.fields.has(key) && !list.fields.has(key.replace(/Id$/, ''))) {
        return odataError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The property '${key}' does not exist on type 'SP.Data.${list.Title}ListItem'.`);
      }
      const field = list.fields.get(key);
      if (field?.EnforceUniqueValues && [...list.items.values()].some((i) => i.data[key] === body[key] && i.data.Id !== id)) {
        return odataError(400, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException', `This value is already in use: ${String(body[key])}`);
      }
    }
    this.now += 1000;
    if (id === null) {
      const newId = list.nextId++;
      const item = { data: { ...body, Id: newId, ID: newId, Modified: new Date(this.now).toISOString() }, version: 1 };
      list.items.set(newId, item);
      return HttpResponse.json(this.itemJson(list, item, null, []), { status: 201, headers: { 'Content-Type': JSON_TYPE, ETag: '"1"' } });
    }
    const item = list.items.get(id);
    if (!item) {
      return odataError(404, '-2130575338, Microsoft.SharePoint.SPException', 'Item does not exist. It may have been deleted by another user.');
    }
    if (ifMatch && ifMatch !== '*' && ifMatch !== `"${item.version}"`) {
      return odataError(412, '-1, Microsoft.SharePoint.Client.ClientServiceException', `The request ETag value '${ifMatch}' does not match the object's ETag value '"${item.version}"'.`);
    }
    item.data = { ...item.data, ...body, Modified: new Date(this.now).toISOString() };
    item.version += 1;
    return new HttpResponse(null, { status: 204, headers: { ETag: `"${item.version}"` } });
  }

  /** Handles one REST request (top level or inside a $batch). */
  async handle(method: string, url: URL, headers: Headers, bodyText: string): Promise<Response> {
    const path = decodeURIComponent(url.pathname).replace(new URL(this.siteUrl).pathname, '');
    const fileResponse = handleFileRequest(this, (headers.get('X-HTTP-Method') ?? method).toUpperCase(), path, bodyText);
    if (fileResponse) {
      return fileResponse;
    }
    const body = bodyText ? (JSON.parse(bodyText) as Record<string, unknown>) : {};
    const verb = (headers.get('X-HTTP-Method') ?? method).toUpperCase();
    let m: RegExpExecArray | null;

    if ((m = /^\/_api\/web\/siteusers\/getByEmail\('(.+)'\)$/i.exec(path))) {
      const user = this.users.get((m[1] as string).toLowerCase());
      return user ? HttpResponse.json({ ...user }, { headers: { 'Content-Type': JSON_TYPE } }) : odataError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.');
    }
    if ((m = /^\/_api\/web\/siteusers\/getById\((\d+)\)$/i.exec(path))) {
      const user = [...this.users.values()].find((u) => u.Id === Number(m?.[1]));
      return user ? HttpResponse.json({ ...user }, { headers: { 'Content-Type': JSON_TYPE } }) : odataError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.');
    }
    if (/^\/_api\/web\/ensureuser$/i.test(path) && method === 'POST') {
      const login = String(body.logonName ?? '');
      const email = login.split('|').pop() ?? '';
      if (!email.includes('@')) {
        return odataError(404, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${login} could not be found.`);
      }
      const user = this.users.get(email.toLowerCase()) ?? this.addUser(email, email.split('@')[0] as string);
      return HttpResponse.json({ ...user }, { headers: { 'Content-Type': JSON_TYPE } });
    }
    if ((m = /^\/_api\/web\/roledefinitions\/getByName\('(.+)'\)$/i.exec(path))) {
      const role = this.roles.find((r) => r.Name === m?.[1]);
      return role ? HttpResponse.json(role, { headers: { 'Content-Type': JSON_TYPE } }) : odataError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Permission level not found.');
    }
    if ((m = /^\/_api\/web\/roledefinitions\/getByType\((\d+)\)$/i.exec(path))) {
      const role = this.roles.find((r) => r.RoleTypeKind === Number(m?.[1]));
      return role ? HttpResponse.json(role, { headers: { 'Content-Type': JSON_TYPE } }) : odataError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Permission level not found.');
    }
    if (/^\/_api\/web\/roledefinitions$/i.test(path) && method === 'POST') {
      const role: FakeRole = { Id: 1073741900 + this.roles.length, Name: String(body.Name), RoleTypeKind: 0, BasePermissions: body.BasePermissions as FakeRole['BasePermissions'] };
      this.roles.push(role);
      return HttpResponse.json(role, { status: 201, headers: { 'Content-Type': JSON_TYPE } });
    }
    if (/^\/_api\/web\/currentuser\/groups$/i.test(path)) {
      const me = this.currentUser ?? '';
      const value = [...this.groups].filter(([, members]) => members.has(me)).map(([Title], i) => ({ Id: 100 + i, Title }));
      return HttpResponse.json({ value }, { headers: { 'Content-Type': JSON_TYPE } });
    }
    if (/^\/_api\/web\/associatedMemberGroup$/i.test(path)) {
      return HttpResponse.json(this.memberGroup, { headers: { 'Content-Type': JSON_TYPE } });
    }
    if (/^\/_api\/web\/lists$/i.test(path) && method === 'POST') {
      const title = String(body.Title);
      if (this.list(title)) {
        return odataError(500, '-2130575342, Microsoft.SharePoint.SPException', `A list, survey, discussion board, or document library with the specified name already exists in this Web site.`);
      }
      const list = this.createList(title, Number(body.BaseTemplate ?? 100));
      list.EnableVersioning = body.EnableVersioning === true;
      return HttpResponse.json({ Id: list.Id, Title: list.Title, BaseTemplate: list.BaseTemplate, EnableVersioning: list.EnableVersioning }, { status: 201, headers: { 'Content-Type': JSON_TYPE } });
    }
    if (!(m = /^\/_api\/web\/lists\/getByTitle\('((?:[^']|'')+)'\)(.*)$/i.exec(path))) {
      return odataError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', `Cannot find resource for the request ${path}.`);
    }
    const list = this.list((m[1] as string).replace(/''/g, "'"));
    const rest = m[2] as string;
    if (!list) {
      return odataError(404, '-1, System.ArgumentException', `List '${m[1]}' does not exist at site with URL '${this.siteUrl}'.`);
    }
    if (rest === '' && verb === 'GET') {
      return HttpResponse.json(
        { Id: list.Id, Title: list.Title, BaseTemplate: list.BaseTemplate, EnableVersioning: list.EnableVersioning, ItemCount: list.items.size, HasUniqueRoleAssignments: list.HasUniqueRoleAssignments },
        { headers: { 'Content-Type': JSON_TYPE } }
      );
    }
    if ((m = /^\/breakroleinheritance\(copyroleassignments=(true|false), clearsubscopes=(true|false)\)$/i.exec(rest))) {
      list.HasUniqueRoleAssignments = true;
      list.roleAssignments = m[1] === 'true' ? [{ principalId: this.memberGroup.Id, roleId: 1073741827 }] : [];
      return new HttpResponse(null, { status: 200 });
    }
    if ((m = /^\/roleassignments\/(add|remove)roleassignment\(principalid=(\d+), roledefid=(\d+)\)$/i.exec(rest))) {
      const principalId = Number(m[2]);
      const roleId = Number(m[3]);
      list.roleAssignments = list.roleAssignments.filter((r) => !(r.principalId === principalId && r.roleId === roleId));
      if ((m[1] as string).toLowerCase() === 'add') {
        list.roleAssignments.push({ principalId, roleId });
      }
      return new HttpResponse(null, { status: 200 });
    }
    if (rest === '' && verb === 'MERGE') {
      if ('EnableVersioning' in body) {
        list.EnableVersioning = body.EnableVersioning === true;
      }
      return new HttpResponse(null, { status: 204 });
    }
    if (/^\/items$/i.test(rest)) {
      return verb === 'GET' ? this.queryItems(list, url) : this.writeItem(list, null, body, null);
    }
    if ((m = /^\/items\((\d+)\)\/recycle$/i.exec(rest)) && method === 'POST') {
      // the item goes to the recycle bin; SharePoint answers with the bin entry's id
      if (!list.items.delete(Number(m[1]))) {
        return odataError(404, '-2130575338, Microsoft.SharePoint.SPException', 'Item does not exist. It may have been deleted by another user.');
      }
      return HttpResponse.json({ value: crypto.randomUUID() }, { headers: { 'Content-Type': JSON_TYPE } });
    }
    if ((m = /^\/items\((\d+)\)$/i.exec(rest))) {
      const id = Number(m[1]);
      if (verb === 'GET') {
        const item = list.items.get(id);
        if (!item) {
          return odataError(404, '-2130575338, Microsoft.SharePoint.SPException', 'Item does not exist. It may have been deleted by another user.');
        }
        const select = url.searchParams.get('$select')?.split(',') ?? null;
        const expand = url.searchParams.get('$expand')?.split(',') ?? [];
        return HttpResponse.json(this.itemJson(list, item, select, expand), { headers: { 'Content-Type': JSON_TYPE, ETag: `"${item.version}"` } });
      }
      return this.writeItem(list, id, body, headers.get('IF-Match'));
    }
    if (/^\/fields$/i.test(rest) && verb === 'GET') {
      return HttpResponse.json({ value: [...list.fields.values()] }, { headers: { 'Content-Type': JSON_TYPE } });
    }
    if (/^\/fields\/createFieldAsXml$/i.test(rest) && method === 'POST') {
      const xml = String((body.parameters as { SchemaXml?: string } | undefined)?.SchemaXml ?? '');
      const name = xmlAttr(xml, 'Name');
      if (name && list.fields.has(name)) {
        return odataError(500, '-2130575340, Microsoft.SharePoint.SPException', `A duplicate field name "${name}" was found.`);
      }
      return HttpResponse.json(this.addFieldXml(list, xml), { status: 201, headers: { 'Content-Type': JSON_TYPE } });
    }
    if ((m = /^\/fields\/getByInternalNameOrTitle\('(.+)'\)$/i.exec(rest))) {
      const field = list.fields.get(m[1] as string);
      if (!field) {
        return odataError(404, '-2147024809, System.ArgumentException', `Column '${m[1]}' does not exist.`);
      }
      if (verb === 'GET') {
        return HttpResponse.json(field, { headers: { 'Content-Type': JSON_TYPE } });
      }
      if ('Indexed' in body) {
        if (list.items.size > VIEW_THRESHOLD && body.Indexed === true) {
          return odataError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', 'Cannot index a column of a list over the view threshold.');
        }
        field.Indexed = body.Indexed === true;
      }
      if ('EnforceUniqueValues' in body) {
        field.EnforceUniqueValues = body.EnforceUniqueValues === true;
      }
      if (Array.isArray((body.Choices as { results?: string[] } | undefined)?.results)) {
        field.Choices = (body.Choices as { results: string[] }).results;
      }
      return new HttpResponse(null, { status: 204 });
    }
    if (/^\/views$/i.test(rest)) {
      if (verb === 'GET') {
        return HttpResponse.json({ value: list.views.map(({ fields, ...v }) => ({ ...v, ViewFieldsCount: fields.length })) }, { headers: { 'Content-Type': JSON_TYPE } });
      }
      const view = { Id: guid(this.nextGuid++), Title: String(body.Title), ViewQuery: String(body.ViewQuery ?? ''), RowLimit: Number(body.RowLimit ?? 30), fields: [] as string[] };
      list.views.push(view);
      return HttpResponse.json({ Id: view.Id, Title: view.Title }, { status: 201, headers: { 'Content-Type': JSON_TYPE } });
    }
    if ((m = /^\/views\('([^']+)'\)\/viewfields\/addViewField\('(.+)'\)$/i.exec(rest))) {
      const view = list.views.find((v) => v.Id === m?.[1]);
      view?.fields.push(m[2] as string);
      return new HttpResponse(null, { status: 204 });
    }
    return odataError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The fake does not serve ${verb} ${rest}`);
  }

  /** Parses a multipart $batch and answers each part in order, as a flat batchresponse. */
  private async handleBatch(bodyText: string, contentType: string): Promise<Response> {
    const boundary = /boundary=([^;]+)/.exec(contentType)?.[1]?.replace(/"/g, '');
    if (!boundary) {
      return odataError(400, '-1, Microsoft.Data.OData.ODataException', 'The batch has no boundary.');
    }
    const parts: Array<{ method: string; url: string; headers: Headers; body: string }> = [];
    const requestBlocks = bodyText.split(/\r?\n/).join('\n').split(/^--(?:batch|changeset)_[^\n]*$/m);
    for (const block of requestBlocks) {
      const start = block.search(/^(GET|POST|PATCH|PUT|DELETE|MERGE) /m);
      if (start < 0) {
        continue;
      }
      const lines = block.slice(start).split('\n');
      const [method, url] = (lines.shift() as string).split(' ');
      const headers = new Headers();
      let line: string | undefined;
      while ((line = lines.shift()) !== undefined && line.trim() !== '') {
        const i = line.indexOf(':');
        headers.set(line.slice(0, i).trim(), line.slice(i + 1).trim());
      }
      if (method === 'MERGE') {
        headers.set('X-HTTP-Method', 'MERGE');
      }
      parts.push({ method: method === 'MERGE' ? 'POST' : (method as string), url: url as string, headers, body: lines.join('\n').trim() });
    }
    const id = `batchresponse_${this.nextGuid++}`;
    const out: string[] = [];
    for (const part of parts) {
      this.requests.push({ method: part.method, url: part.url, inBatch: true, bytes: part.body.length });
      const response = await this.handle(part.method, new URL(part.url), part.headers, part.body);
      const text = response.status === 204 ? '' : await response.text();
      out.push(`--${id}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '', `HTTP/1.1 ${response.status} ${response.statusText || 'OK'}`, `CONTENT-TYPE: ${JSON_TYPE}`, ...(response.headers.get('ETag') ? [`ETAG: ${response.headers.get('ETag')}`] : []), '', text);
    }
    out.push(`--${id}--`, '');
    return new HttpResponse(out.join('\r\n'), { status: 200, headers: { 'Content-Type': `multipart/mixed; boundary=${id}` } });
  }

  /** bytes of every response body sent at the top level (a $batch counts once, whole) */
  responseBytes = 0;

  /** Answers one HTTP request as SharePoint would (used by msw in Node and by Playwright routes). */
  async respond(request: Request): Promise<Response> {
    const response = await this.respondInner(request);
    this.responseBytes += (await response.clone().arrayBuffer()).byteLength;
    return response;
  }

  private async respondInner(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const bodyText = request.method === 'GET' ? '' : await request.text();
    this.requests.push({ method: request.method, url: request.url, inBatch: false, bytes: bodyText.length, userAgent: request.headers.get('User-Agent') });
    const auth = request.headers.get('Authorization') ?? '';
    if (!/^Bearer .+/.test(auth)) {
      return odataError(401, '-2147024891, System.UnauthorizedAccessException', 'Access denied. You do not have permission to perform this action or access this resource.');
    }
    this.currentUser = /^Bearer user:(.+)$/.exec(auth)?.[1]?.toLowerCase() ?? null;
    if (this.throttle.remaining > 0) {
      this.throttle.remaining -= 1;
      return new HttpResponse(null, { status: 429, headers: { 'Retry-After': this.throttle.retryAfter } });
    }
    if (url.pathname.endsWith('/_api/$batch')) {
      return this.handleBatch(bodyText, request.headers.get('Content-Type') ?? '');
    }
    return this.handle(request.method, url, request.headers, bodyText);
  }

  handlers(): HttpHandler[] {
    return [http.all(`${this.siteUrl}/*`, ({ request }) => this.respond(request))];
  }
}
