/**
 * An HTTP-level SharePoint fake for msw 2. It serves the documented REST shapes our adapter
 * relies on — minimalmetadata JSON with odata.etag, odata.nextLink paging, odata.error bodies,
 * MERGE with IF-Match (204 + ETag, or 412), 429 with Retry-After, multipart $batch,
 * ensureUser / getByEmail, and list, field and view creation — and it refuses what SharePoint
 * refuses (the list view threshold among others).
 *
 * This file holds the site's state and the dispatch; each area of the REST API is a module
 * under ./sharepoint/ that exports its routes. To teach the fake something new, add a module
 * (or a route to one) and register it in SITE_ROUTES / LIST_ROUTES / LIST_ADDRESSES below.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { attachmentRoutes } from './sharepoint/attachments';
import { batchResponsePart, parseBatch } from './sharepoint/batch';
import { faultResponse, takeFault, type FakeFault } from './sharepoint/faults';
import { addFieldXml, fieldRoutes } from './sharepoint/fields';
import { addLibraryFields, fileListRoutes, fileSiteRoutes } from './sharepoint/files';
import { itemRoutes } from './sharepoint/items';
import { defaultLibraryAddresses } from './sharepoint/default-library';
import { listAddresses, listCollectionRoutes, listRoutes, type ListAddress } from './sharepoint/lists';
import { JSON_TYPE, guid, odataError } from './sharepoint/odata';
import type { FakeRequest, ListRoute, SiteRoute } from './sharepoint/route';
import { roleAssignmentRoutes, roleRoutes } from './sharepoint/security';
import type { FakeField, FakeList, FakeRole, FakeUser, RecordedRequest } from './sharepoint/types';
import { userRoutes } from './sharepoint/users';
import { viewRoutes } from './sharepoint/views';
import { isDateOnlyField, storedDateOnly, timeZoneRoutes, UK_SITE, type FakeTimeZone } from './sharepoint/time-zone';
import { webRoutes } from './sharepoint/web';
import { FakeTenantDirectory, type DirectoryUser } from './tenant-directory';

export type { FakeFault, FaultedRequest } from './sharepoint/faults';
export type { FakeField, FakeItem, FakeList, FakeRole, FakeUser, FakeView, RecordedRequest } from './sharepoint/types';
export { parseFilter } from './sharepoint/filter';
export { VIEW_THRESHOLD } from './sharepoint/items';
export { AUCKLAND_SITE, TOKYO_SITE, UK_SITE, type FakeTimeZone } from './sharepoint/time-zone';

/** Routes on the path under the site, tried in order. */
const SITE_ROUTES: SiteRoute[] = [...webRoutes, ...timeZoneRoutes, ...userRoutes, ...roleRoutes, ...listCollectionRoutes, ...fileSiteRoutes];
/** Routes on the path under one list (after the list's address), tried in order. */
const LIST_ROUTES: ListRoute[] = [...listRoutes, ...roleAssignmentRoutes, ...fileListRoutes, ...itemRoutes, ...attachmentRoutes, ...fieldRoutes, ...viewRoutes];
/** The ways a request may address a list. */
const LIST_ADDRESSES: ListAddress[] = [...defaultLibraryAddresses, ...listAddresses];

const routeMatches = (route: { pattern: RegExp; verb?: string }, text: string, verb: string): RegExpExecArray | null =>
  route.verb && route.verb !== verb ? null : route.pattern.exec(text);

export class FakeSharePoint {
  readonly lists = new Map<string, FakeList>();
  readonly users = new Map<string, FakeUser>();
  readonly requests: RecordedRequest[] = [];
  readonly roles: FakeRole[] = [
    { Id: 1073741826, Name: 'Read', RoleTypeKind: 2, BasePermissions: { High: '176', Low: '138612833' } },
    { Id: 1073741827, Name: 'Contribute', RoleTypeKind: 3, BasePermissions: { High: '432', Low: '1011030767' } },
    { Id: 1073741830, Name: 'Edit', RoleTypeKind: 6, BasePermissions: { High: '432', Low: '1012866047' } },
    { Id: 1073741829, Name: 'Full Control', RoleTypeKind: 5, BasePermissions: { High: '2147483647', Low: '4294967295' } },
  ];
  readonly ownerGroup = { Id: 3, Title: 'Governance Owners' };
  readonly memberGroup = { Id: 5, Title: 'Governance Members' };
  readonly visitorGroup = { Id: 4, Title: 'Governance Visitors' };
  /** the site's own role assignments, which lists inherit (a modern team site's defaults) */
  readonly siteRoleAssignments: Array<{ principalId: number; roleId: number }> = [
    { principalId: 3, roleId: 1073741829 },
    { principalId: 5, roleId: 1073741830 },
    { principalId: 4, roleId: 1073741826 },
  ];
  /**
   * SharePoint groups by title, with their members: a person's UPN, or an Entra group's claim
   * (`entraGroupClaim(id)`), whose own members SharePoint does not list.
   */
  readonly groups = new Map<string, Set<string>>();
  /** groups whose membership everyone may read; SharePoint's default is "group members" only */
  readonly groupsVisibleToEveryone = new Set<string>();
  /**
   * The app's Sites.Selected role on the site, for app-only tokens. Only `fullcontrol` carries
   * the Manage Permissions right that sees a members-only group's membership; `write` is what the
   * CLI and the reminder job hold day to day (README).
   */
  appGrant: 'read' | 'write' | 'fullcontrol' = 'write';
  /** whose token the current request carries (tokens in tests are "user:<upn>"); null for app-only */
  currentUser: string | null = null;
  /** who SharePoint records as Created By for an app-only write */
  readonly appPrincipal: FakeUser = { Id: 1073741822, Title: 'SharePoint App', Email: '', LoginName: 'i:0i.t|ms.sp.ext|00000000-0000-4000-8000-00000000a990@contoso.onmicrosoft.com', UserPrincipalName: null, PrincipalType: 1 };
  /** the next N top-level requests answer 429 with this Retry-After */
  throttle: { remaining: number; retryAfter: string } = { remaining: 0, retryAfter: '1' };
  /** failures to answer (429, 503, 504, 403), each for the requests it matches (faults.ts) */
  readonly faults: FakeFault[] = [];
  /** queries refused for the list view threshold (the store then reads through id windows) */
  thresholdRefusals = 0;
  /** items recycled (items(n)/recycle), oldest first: what a clean-up removed */
  readonly recycleBin: Array<{ list: string; data: Record<string, unknown> }> = [];
    /** bytes of every response body sent at the top level (a $batch counts once, whole) */
  responseBytes = 0;
  nextUserId = 10;
  nextGuid = 1;
  /** the site's clock (ms since the epoch); each write moves it on a second */
  clock = 1_700_000_000_000;

  /** the site's time zone: how DateOnly values are stored, and what RegionalSettings/TimeZone answers */
  timeZone: FakeTimeZone = UK_SITE;

  constructor(
    readonly siteUrl: string,
    /** the tenant's directory: ensureUser adds only people it holds */
    readonly directory: FakeTenantDirectory = new FakeTenantDirectory()
  ) {}

  /** A row's DateOnly columns as SharePoint keeps them: midnight of the site's zone, in UTC. */
  storedRow(list: FakeList, row: Record<string, unknown>): Record<string, unknown> {
    const out = { ...row };
    for (const [key, value] of Object.entries(row)) {
      if (isDateOnlyField(list.fields.get(key))) {
        out[key] = storedDateOnly(value, this.timeZone.iana);
      }
    }
    return out;
  }

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

  /**
   * Adds a member of the tenant (UPN = mail, unless the directory already has someone with that
   * UPN) to the site's users, as their first visit or an ensureUser would.
   */
  addUser(upn: string, title: string): FakeUser {
    return this.siteUserFor(this.directory.ensureMember(upn, title));
  }

  /** The site user of a directory person, added to the site on first use. */
  siteUserFor(person: DirectoryUser): FakeUser {
    const key = person.userPrincipalName.toLowerCase();
    const known = this.users.get(key);
    if (known) {
      return known;
    }
    // SharePoint keeps the login claim in lower case; Email is the person's mail (a guest's own address)
    const user: FakeUser = { Id: this.nextUserId++, Title: person.displayName ?? key, Email: person.mail ?? '', LoginName: `i:0#.f|membership|${key}`, UserPrincipalName: person.userPrincipalName, PrincipalType: 1 };
    this.users.set(key, user);
    return user;
  }

  /** The principal the current request writes as: the signed-in person's site user, or the app. */
  actingUser(): FakeUser {
    if (!this.currentUser) {
      return this.appPrincipal;
    }
    return this.siteUserFor(this.directory.byUpn(this.currentUser) ?? this.directory.ensureMember(this.currentUser, this.currentUser.split('@')[0] as string));
  }

  userById(id: unknown): FakeUser | undefined {
    return id === this.appPrincipal.Id ? this.appPrincipal : [...this.users.values()].find((u) => u.Id === id);
  }

  list(title: string): FakeList | undefined {
    return this.lists.get(title.toLowerCase());
  }

  createList(title: string, template: number): FakeList {
    const sitePath = new URL(this.siteUrl).pathname.replace(/\/$/, '');
    // SharePoint makes the URL from the title at creation, without spaces and punctuation.
    const leaf = title.replace(/[^A-Za-z0-9_-]/g, '');
    const list: FakeList = {
      Id: guid(this.nextGuid++),
      Title: title,
      Url: template === 101 ? `${sitePath}/${leaf}` : `${sitePath}/Lists/${leaf}`,
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
    return addFieldXml(this, list, xml);
  }

  /** Bulk-loads items straight into a list (large-list tests), bypassing HTTP. */
  seedItems(title: string, rows: Array<Record<string, unknown>>): void {
    const list = this.list(title);
    if (!list) {
      throw new Error(`fake: no list ${title}`);
    }
    for (const row of rows) {
      const id = list.nextId++;
      list.items.set(id, { data: { ...this.storedRow(list, row), Id: id, Modified: new Date(this.clock).toISOString() }, version: 1 });
    }
  }

  /** Handles one REST request (top level or inside a $batch). */
  async handle(method: string, url: URL, headers: Headers, bodyText: string, bodyBytes?: Uint8Array): Promise<Response> {
    const path = decodeURIComponent(url.pathname).replace(new URL(this.siteUrl).pathname, '');
    // an attachment's or an uploaded file's body is the file itself, not JSON
    const binary = /\/AttachmentFiles\/add\(|\/files\/AddUsingPath\(/i.test(path);
    const body = bodyText && !binary ? (JSON.parse(bodyText) as Record<string, unknown>) : {};
    const verb = (headers.get('X-HTTP-Method') ?? method).toUpperCase();
    const req: FakeRequest = { method, verb, url, headers, body, bodyText, path, ...(binary && bodyBytes ? { bodyBytes } : {}) };
    for (const route of SITE_ROUTES) {
      const m = routeMatches(route, path, route.verb === 'POST' ? method : verb);
      if (m) {
        return route.handle(this, req, m);
      }
    }
    for (const address of LIST_ADDRESSES) {
      const m = address.pattern.exec(path);
      if (!m) {
        continue;
      }
      const list = address.find(this, m);
      if (list instanceof Response) {
        return list;
      }
      const rest = path.slice(m[0].length);
      for (const route of LIST_ROUTES) {
        const r = routeMatches(route, rest, route.verb === 'POST' ? method : verb);
        if (r) {
          return route.handle(this, list, req, r);
        }
      }
      return odataError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The fake does not serve ${verb} ${rest}`);
    }
    return odataError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', `Cannot find resource for the request ${path}.`);
  }

  /** Parses a multipart $batch and answers each part in order, as a flat batchresponse. */
  private async handleBatch(bodyText: string, contentType: string): Promise<Response> {
    const boundary = /boundary=([^;]+)/.exec(contentType)?.[1]?.replace(/"/g, '');
    if (!boundary) {
      return odataError(400, '-1, Microsoft.Data.OData.ODataException', 'The batch has no boundary.');
    }
    const id = `batchresponse_${this.nextGuid++}`;
    const out: string[] = [];
    for (const part of parseBatch(bodyText)) {
      this.requests.push({ method: part.method, url: part.url, inBatch: true, bytes: part.body.length });
      const response = await this.handle(part.method, new URL(part.url), part.headers, part.body);
      const text = response.status === 204 ? '' : await response.text();
      out.push(...batchResponsePart(id, response.status, response.statusText, JSON_TYPE, response.headers.get('ETag'), text));
    }
    out.push(`--${id}--`, '');
    return new HttpResponse(out.join('\r\n'), { status: 200, headers: { 'Content-Type': `multipart/mixed; boundary=${id}` } });
  }

  /** Answers one HTTP request as SharePoint would (used by msw in Node and by Playwright routes). */
  async respond(request: Request): Promise<Response> {
    const response = await this.respondInner(request);
    this.responseBytes += (await response.clone().arrayBuffer()).byteLength;
    return response;
  }

  private async respondInner(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const bodyBytes = request.method === 'GET' ? new Uint8Array() : new Uint8Array(await request.arrayBuffer());
    const bodyText = new TextDecoder().decode(bodyBytes);
    this.requests.push({ method: request.method, url: request.url, inBatch: false, bytes: bodyText.length, userAgent: request.headers.get('User-Agent') });
    const auth = request.headers.get('Authorization') ?? '';
    if (!/^Bearer .+/.test(auth)) {
      return odataError(401, '-2147024891, System.UnauthorizedAccessException', 'Access denied. You do not have permission to perform this action or access this resource.');
    }
    this.currentUser = /^Bearer user:(.+)$/.exec(auth)?.[1]?.toLowerCase() ?? null;
    if (this.throttle.remaining > 0) {
      this.throttle.remaining -= 1;
      return faultResponse({ status: 429, retryAfter: this.throttle.retryAfter, times: 1 });
    }
    const verb = (request.headers.get('X-HTTP-Method') ?? request.method).toUpperCase();
    const fault = takeFault(this.faults, { method: request.method, verb, url, user: this.currentUser });
    if (fault && !fault.afterHandling) {
      return faultResponse(fault);
    }
    const response = url.pathname.endsWith('/_api/$batch')
      ? await this.handleBatch(bodyText, request.headers.get('Content-Type') ?? '')
      : await this.handle(request.method, url, request.headers, bodyText, bodyBytes);
    return fault ? faultResponse(fault) : response;
  }

  handlers(): HttpHandler[] {
    return [http.all(`${this.siteUrl}/*`, ({ request }) => this.respond(request))];
  }
}
