/**
 * An HTTP-level Microsoft Graph fake for msw 2: `/users` with `$search` (refused without
 * `ConsistencyLevel: eventual`, as Graph refuses it), `$select`, `$top`, `/users/{id}` with
 * a 404 `Request_ResourceNotFound`, and 429 with Retry-After on demand.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { GraphUser } from '../../src/adapters/graph/graph-directory';

export const GRAPH = 'https://graph.microsoft.com/v1.0';

function graphError(status: number, code: string, message: string): Response {
  return HttpResponse.json({ error: { code, message, innerError: { 'request-id': 'fake' } } }, { status });
}

/** Graph's $search on displayName/mail matches words by prefix, case-insensitively. */
function matchesToken(user: GraphUser, property: string, token: string): boolean {
  const value = (property === 'mail' ? user.mail : user.displayName) ?? '';
  const t = token.toLowerCase();
  return value.toLowerCase().split(/[\s.@_-]+/).some((w) => w.startsWith(t)) || value.toLowerCase().startsWith(t);
}

export class FakeGraph {
  readonly users: GraphUser[] = [];
  readonly requests: Array<{ url: string; consistencyLevel: string | null }> = [];
  throttle = { remaining: 0, retryAfter: '1' };

  /** Answers one HTTP request as Graph would (msw in Node, Playwright routes in the browser). */
  async respond(request: Request): Promise<Response> {
    const path = new URL(request.url).pathname.replace(new URL(GRAPH).pathname, '');
    const one = /^\/users\/([^/]+)$/.exec(path);
    if (!/^Bearer .+/.test(request.headers.get('Authorization') ?? '')) {
      return graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    }
    if (this.throttle.remaining > 0) {
      this.throttle.remaining -= 1;
      return new HttpResponse(null, { status: 429, headers: { 'Retry-After': this.throttle.retryAfter } });
    }
    if (request.method === 'GET' && path === '/users') {
      return this.listUsers(request);
    }
    if (request.method === 'GET' && one) {
      return this.getUser(one[1] as string);
    }
    return graphError(400, 'BadRequest', `The fake does not serve ${request.method} ${path}`);
  }

  handlers(): HttpHandler[] {
    return [http.all(`${GRAPH}/*`, ({ request }) => this.respond(request))];
  }

  private listUsers(request: Request): Response {
    const url = new URL(request.url);
    this.requests.push({ url: request.url, consistencyLevel: request.headers.get('ConsistencyLevel') });
    const search = url.searchParams.get('$search');
    let users = [...this.users];
    if (search !== null) {
      if (request.headers.get('ConsistencyLevel') !== 'eventual') {
        return graphError(400, 'Request_UnsupportedQuery', "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'");
      }
      const clauses = [...search.matchAll(/"(displayName|mail):([^"]*)"/g)].map((m) => [m[1] as string, (m[2] as string).trim()] as const);
      if (clauses.length === 0) {
        return graphError(400, 'Request_UnsupportedQuery', 'Syntax error: invalid $search');
      }
      users = users.filter((u) => clauses.some(([p, t]) => t === '' || t.split(/\s+/).every((tok) => matchesToken(u, p, tok))));
    }
    const top = Number(url.searchParams.get('$top') ?? 100);
    const select = url.searchParams.get('$select')?.split(',');
    const value = users.slice(0, top).map((u) => (select ? Object.fromEntries(select.map((k) => [k, u[k as keyof GraphUser] ?? null])) : u));
    return HttpResponse.json({ '@odata.context': `${GRAPH}/$metadata#users`, value });
  }

  private getUser(rawId: string): Response {
    const id = decodeURIComponent(rawId).toLowerCase();
    const user = this.users.find((u) => u.id === id || u.userPrincipalName.toLowerCase() === id || u.mail?.toLowerCase() === id);
    return user ? HttpResponse.json(user) : graphError(404, 'Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);
  }
}
