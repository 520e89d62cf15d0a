/**
 * An HTTP-level Microsoft Graph fake for msw 2, over the tenant directory it shares with the
 * SharePoint fake: `/users` with `$search` (refused without `ConsistencyLevel: eventual`, as
 * Graph refuses it) and with `$filter` on userPrincipalName, mail, otherMails and displayName;
 * `/users/{id | userPrincipalName}` (a mail is not a key: 404 `Request_ResourceNotFound`, as
 * Graph answers); JSON `$batch` of at most 20 requests; `/me/checkMemberGroups` (transitive,
 * at most 20 ids); and 429 with Retry-After on demand.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { GraphUser } from '../../src/adapters/graph/graph-directory';
import { FakeTenantDirectory, type DirectoryUser } from './tenant-directory';

export const GRAPH = 'https://graph.microsoft.com/v1.0';

/** Graph's documented limit on requests in one JSON batch. */
export const GRAPH_BATCH_LIMIT = 20;

function graphError(status: number, code: string, message: string): Response {
  const body = { error: { code, message, innerError: { 'request-id': 'fake' } } };
  const response = HttpResponse.json(body, { status });
  (response as unknown as { fakeBody?: unknown }).fakeBody = body;
  return response;
}

/** Graph's $search on displayName/mail matches words by prefix, case-insensitively. */
function matchesToken(user: GraphUser, property: string, token: string): boolean {
  const value = (property === 'mail' ? user.mail : user.displayName) ?? '';
  const t = token.toLowerCase();
  return value.toLowerCase().split(/[\s.@_-]+/).some((w) => w.startsWith(t)) || value.toLowerCase().startsWith(t);
}

type FilterClause = (u: DirectoryUser) => boolean;

/** The default-query $filter forms we use: `prop eq 'v'` and `otherMails/any(x:x eq 'v')`, joined by `or`. */
function parseUserFilter(filter: string): { clauses: FilterClause[]; lambda: boolean } | null {
  const parts = filter.split(/\s+or\s+/i);
  const clauses: FilterClause[] = [];
  let lambda = false;
  for (const part of parts) {
    const eq = /^\s*(userPrincipalName|mail|displayName|id)\s+eq\s+'((?:[^']|'')*)'\s*$/i.exec(part);
    const any = /^\s*otherMails\/any\((\w+):\1\s+eq\s+'((?:[^']|'')*)'\)\s*$/i.exec(part);
    if (eq) {
      const property = (eq[1] as string).toLowerCase();
      const value = (eq[2] as string).replace(/''/g, "'").toLowerCase();
      const key = (property === 'userprincipalname' ? 'userPrincipalName' : property === 'displayname' ? 'displayName' : property) as keyof GraphUser;
      clauses.push((u) => String(u[key] ?? '').toLowerCase() === value);
    } else if (any) {
      lambda = true;
      const value = (any[2] as string).replace(/''/g, "'").toLowerCase();
      clauses.push((u) => (u.otherMails ?? []).some((m) => m.toLowerCase() === value));
    } else {
      return null;
    }
  }
  return { clauses, lambda };
}

export class FakeGraph {
  readonly requests: Array<{ url: string; consistencyLevel: string | null }> = [];
  /** top-level HTTP requests (a $batch counts once) */
  httpRequests = 0;
  /** sizes of the $batch requests received */
  readonly batchSizes: number[] = [];
  throttle = { remaining: 0, retryAfter: '1' };

  constructor(readonly directory: FakeTenantDirectory = new FakeTenantDirectory()) {}

  get users(): DirectoryUser[] {
    return this.directory.users;
  }

  /** Answers one HTTP request as Graph would (msw in Node, Playwright routes in the browser). */
  async respond(request: Request): Promise<Response> {
    this.httpRequests += 1;
    const auth = request.headers.get('Authorization') ?? '';
    if (!/^Bearer .+/.test(auth)) {
      return graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    }
    if (this.throttle.remaining > 0) {
      this.throttle.remaining -= 1;
      return new HttpResponse(null, { status: 429, headers: { 'Retry-After': this.throttle.retryAfter } });
    }
    const url = new URL(request.url);
    const path = url.pathname.replace(new URL(GRAPH).pathname, '');
    const body = request.method === 'GET' ? null : await request.text();
    if (request.method === 'POST' && path === '/$batch') {
      return this.batch(body ?? '', auth);
    }
    return this.dispatch(request.method, url, request.headers, body, auth);
  }

  handlers(): HttpHandler[] {
    return [http.all(`${GRAPH}/*`, ({ request }) => this.respond(request))];
  }

  private dispatch(method: string, url: URL, headers: Headers, body: string | null, auth: string): Response {
    const path = url.pathname.replace(new URL(GRAPH).pathname, '');
    const one = /^\/users\/([^/]+)$/.exec(path);
    if (method === 'GET' && path === '/users') {
      return this.listUsers(url, headers);
    }
    if (method === 'GET' && one) {
      return this.getUser(one[1] as string);
    }
    const members = /^\/groups\/([^/]+)\/transitiveMembers$/.exec(path);
    if (method === 'GET' && members) {
      const id = decodeURIComponent(members[1] as string).toLowerCase();
      if (!this.directory.groups.some((g) => g.id.toLowerCase() === id)) {
        return graphError(404, 'Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);
      }
      const value = this.users.filter((u) => this.directory.transitiveGroupIds(u.id).has(id)).map((u) => ({ '@odata.type': '#microsoft.graph.user', id: u.id, displayName: u.displayName, userPrincipalName: u.userPrincipalName }));
      return withBody({ value });
    }
    if (method === 'POST' && path === '/me/checkMemberGroups') {
      return this.checkMemberGroups(body, auth);
    }
    return graphError(400, 'BadRequest', `The fake does not serve ${method} ${path}`);
  }

  /** JSON batching: at most 20 requests, each answered in `responses` with its own status. */
  private batch(text: string, auth: string): Response {
    let parsed: { requests?: Array<{ id: string; method: string; url: string; headers?: Record<string, string>; body?: unknown }> };
    try {
      parsed = JSON.parse(text) as typeof parsed;
    } catch {
      return graphError(400, 'BadRequest', 'Invalid batch payload format.');
    }
    const requests = parsed.requests ?? [];
    this.batchSizes.push(requests.length);
    if (requests.length > GRAPH_BATCH_LIMIT) {
      return graphError(400, 'BadRequest', `Batch request cannot contain more than ${GRAPH_BATCH_LIMIT} requests.`);
    }
    const responses = requests.map((r) => {
      const url = new URL(`${GRAPH}${r.url.startsWith('/') ? '' : '/'}${r.url}`);
      const response = this.dispatch(r.method, url, new Headers(r.headers ?? {}), r.body === undefined ? null : JSON.stringify(r.body), auth);
      return { id: r.id, response };
    });
    return HttpResponse.json({
      responses: responses.map(({ id, response }) => ({ id, status: response.status, headers: { 'Content-Type': 'application/json' }, body: (response as unknown as { fakeBody?: unknown }).fakeBody ?? null })),
    });
  }

  private listUsers(url: URL, headers: Headers): Response {
    this.requests.push({ url: url.toString(), consistencyLevel: headers.get('ConsistencyLevel') });
    const search = url.searchParams.get('$search');
    const filter = url.searchParams.get('$filter');
    const advanced = headers.get('ConsistencyLevel') === 'eventual' && url.searchParams.get('$count') === 'true';
    let users: DirectoryUser[] = [...this.users];
    if (search !== null) {
      if (headers.get('ConsistencyLevel') !== 'eventual') {
        return graphError(400, 'Request_UnsupportedQuery', "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'");
      }
      const clauses = [...search.matchAll(/"(displayName|mail):([^"]*)"/g)].map((m) => [m[1] as string, (m[2] as string).trim()] as const);
      if (clauses.length === 0) {
        return graphError(400, 'Request_UnsupportedQuery', 'Syntax error: invalid $search');
      }
      users = users.filter((u) => clauses.some(([p, t]) => t === '' || t.split(/\s+/).every((tok) => matchesToken(u, p, tok))));
    }
    if (filter !== null) {
      const parsed = parseUserFilter(filter);
      if (!parsed) {
        return graphError(400, 'Request_UnsupportedQuery', `Unsupported or invalid query filter clause specified: ${filter}`);
      }
      // a lambda on a collection combined with 'or' is an advanced query: it needs both parameters
      if (parsed.lambda && parsed.clauses.length > 1 && !advanced) {
        return graphError(400, 'Request_UnsupportedQuery', "Unsupported query: 'or' with a lambda operator needs ConsistencyLevel: eventual and $count=true.");
      }
      users = users.filter((u) => parsed.clauses.some((c) => c(u)));
    }
    const top = Number(url.searchParams.get('$top') ?? 100);
    const select = url.searchParams.get('$select')?.split(',');
    const value = users.slice(0, top).map((u) => (select ? Object.fromEntries(select.map((k) => [k, u[k as keyof DirectoryUser] ?? null])) : u));
    return withBody({ '@odata.context': `${GRAPH}/$metadata#users`, ...(advanced ? { '@odata.count': users.length } : {}), value });
  }

  private getUser(rawId: string): Response {
    const id = decodeURIComponent(rawId).toLowerCase();
    // Graph addresses a user by object id or userPrincipalName only; a mail is not a key
    const user = this.users.find((u) => u.id.toLowerCase() === id || u.userPrincipalName.toLowerCase() === id);
    return user ? withBody(user) : graphError(404, 'Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);
  }

  /** The signed-in person's transitive membership among at most 20 group ids. */
  private checkMemberGroups(body: string | null, auth: string): Response {
    const upn = /^Bearer user:(.+)$/.exec(auth)?.[1];
    const me = upn ? this.directory.byUpn(upn) : undefined;
    if (!me) {
      return graphError(400, 'BadRequest', '/me request is only valid with delegated authentication flow.');
    }
    const groupIds = ((body ? JSON.parse(body) : {}) as { groupIds?: string[] }).groupIds ?? [];
    if (groupIds.length > 20) {
      return graphError(400, 'Request_BadRequest', 'The number of groups to check exceeds the maximum of 20.');
    }
    const mine = this.directory.transitiveGroupIds(me.id);
    return withBody({ value: groupIds.filter((g) => mine.has(g.toLowerCase())) });
  }
}

/** A JSON response that also keeps its body at hand, so $batch can embed it without re-reading. */
function withBody(body: unknown): Response {
  const response = HttpResponse.json(body as Record<string, unknown>);
  (response as unknown as { fakeBody?: unknown }).fakeBody = body;
  return response;
}
