/**
 * HTTP-level fakes of what the reminder bot calls, in their documented shapes: Graph
 * installedApps (POST 201 / 409 when installed, GET with $filter, GET …/chat), Graph
 * sendActivityNotification (204), and the Bot Connector's POST v3/conversations/{id}/activities,
 * PUT v3/conversations/{id}/activities/{activityId} and GET v3/conversations/{id}/members/{id}, under any regional service URL. The Connector
 * accepts only tokens the Bot Framework fake issued and that are still valid (401 otherwise).
 * Each person can be told to answer 401/403/404/429 (with Retry-After) at a step.
 */
import { http, HttpResponse } from 'msw';
import type { FakeBotFramework } from './bot-framework-fake';

export const GRAPH = 'https://graph.microsoft.com/v1.0';
export const CONNECTOR = 'https://smba.trafficmanager.net/teams';
const CONNECTOR_HOST = 'https://smba.trafficmanager.net';

/** A Teams member as the Connector returns it (TeamsChannelAccount). */
export type FakeMember = Readonly<{ id: string; name: string; aadObjectId: string; email: string; userPrincipalName: string; tenantId: string }>;

/** `member`: the Connector's member read, keyed by the member's Teams id (29:…) */
export type Step = 'install' | 'list' | 'chat' | 'activity' | 'feed' | 'member';
export type FakeAnswer = Readonly<{ status: number; retryAfter?: string }>;

export class FakeTeams {
  /** users Graph knows; anything else is 404 */
  readonly users = new Set<string>();
  readonly installed = new Set<string>();
  readonly sent: Array<{ conversationId: string; auth: string | null; body: Record<string, unknown> }> = [];
  readonly feed: Array<{ user: string; body: Record<string, unknown> }> = [];
  /** activities replaced (PUT), with the id replaced */
  readonly updated: Array<{ conversationId: string; activityId: string; body: Record<string, unknown> }> = [];
  readonly answers = new Map<string, FakeAnswer>();
  /** conversation members by their Teams id (29:…) */
  readonly members = new Map<string, FakeMember>();
  requests = 0;

  constructor(private readonly botFramework: FakeBotFramework) {}

  answer(user: string, step: Step, answer: FakeAnswer): void {
    this.answers.set(`${user}:${step}`, answer);
  }

  private forced(user: string, step: Step): Response | null {
    const a = this.answers.get(`${user}:${step}`);
    if (!a) {
      return null;
    }
    const headers: Record<string, string> = a.retryAfter ? { 'Retry-After': a.retryAfter } : {};
    return HttpResponse.json({ error: { code: String(a.status), message: 'forced by the test' } }, { status: a.status, headers });
  }

  private known(user: string): Response | null {
    return this.users.has(user) ? null : HttpResponse.json({ error: { code: 'Request_ResourceNotFound', message: `Resource '${user}' does not exist` } }, { status: 404 });
  }

  handlers() {
    const chatOf = (user: string) => `19:${user.replace(/[^a-z]/g, '')}_bot@unq.gbl.spaces`;
    const userOf = (params: Record<string, unknown>) => decodeURIComponent(String(params.user));
    return [
      http.post(`${GRAPH}/users/:user/teamwork/installedApps`, async ({ params, request }) => {
        this.requests += 1;
        const user = userOf(params);
        const body = (await request.json()) as Record<string, unknown>;
        if (typeof body['teamsApp@odata.bind'] !== 'string') {
          return HttpResponse.json({ error: { code: 'BadRequest', message: 'teamsApp@odata.bind is required' } }, { status: 400 });
        }
        const forced = this.forced(user, 'install') ?? this.known(user);
        if (forced) {
          return forced;
        }
        if (this.installed.has(user)) {
          return HttpResponse.json({ error: { code: 'Conflict', message: 'App is already installed' } }, { status: 409 });
        }
        this.installed.add(user);
        return new HttpResponse(null, { status: 201 });
      }),
      http.get(`${GRAPH}/users/:user/teamwork/installedApps`, ({ params }) => {
        this.requests += 1;
        const user = userOf(params);
        const forced = this.forced(user, 'list') ?? this.known(user);
        return forced ?? HttpResponse.json({ value: this.installed.has(user) ? [{ id: `inst-${user}`, teamsApp: { id: 'app' } }] : [] });
      }),
      http.get(`${GRAPH}/users/:user/teamwork/installedApps/:inst/chat`, ({ params }) => {
        this.requests += 1;
        const user = userOf(params);
        return this.forced(user, 'chat') ?? HttpResponse.json({ id: chatOf(user), chatType: 'oneOnOne' });
      }),
      http.post(`${GRAPH}/users/:user/teamwork/sendActivityNotification`, async ({ params, request }) => {
        this.requests += 1;
        const user = userOf(params);
        const forced = this.forced(user, 'feed') ?? this.known(user);
        if (forced) {
          return forced;
        }
        this.feed.push({ user, body: (await request.json()) as Record<string, unknown> });
        return new HttpResponse(null, { status: 204 });
      }),
      http.get(`${CONNECTOR_HOST}/:region/v3/conversations/:conversation/members/:member`, ({ params, request }) => {
        this.requests += 1;
        const denied = this.botFramework.check(request.headers.get('Authorization'));
        if (denied) {
          return HttpResponse.json({ message: denied }, { status: 401 });
        }
        const forced = this.forced(decodeURIComponent(String(params.member)), 'member');
        if (forced) {
          return forced;
        }
        const member = this.members.get(decodeURIComponent(String(params.member)));
        return member ? HttpResponse.json(member) : HttpResponse.json({ error: { code: 'MemberNotFoundInConversation', message: 'The member is not in the conversation' } }, { status: 404 });
      }),
      http.put(`${CONNECTOR_HOST}/:region/v3/conversations/:conversation/activities/:activity`, async ({ params, request }) => {
        this.requests += 1;
        const denied = this.botFramework.check(request.headers.get('Authorization'));
        if (denied) {
          return HttpResponse.json({ message: denied }, { status: 401 });
        }
        const conversationId = decodeURIComponent(String(params.conversation));
        this.updated.push({ conversationId, activityId: decodeURIComponent(String(params.activity)), body: (await request.json()) as Record<string, unknown> });
        return HttpResponse.json({ id: decodeURIComponent(String(params.activity)) });
      }),
      http.post(`${CONNECTOR_HOST}/:region/v3/conversations/:conversation/activities`, async ({ params, request }) => {
        this.requests += 1;
        const conversationId = decodeURIComponent(String(params.conversation));
        const auth = request.headers.get('Authorization');
        const denied = this.botFramework.check(auth);
        if (denied) {
          return HttpResponse.json({ message: denied }, { status: 401 });
        }
        const user = [...this.users].find((u) => chatOf(u) === conversationId) ?? [...this.members.values()].find((m) => `a:${m.aadObjectId}` === conversationId)?.email ?? '';
        const forced = this.forced(user, 'activity');
        if (forced) {
          return forced;
        }
        this.sent.push({ conversationId, auth, body: (await request.json()) as Record<string, unknown> });
        return HttpResponse.json({ id: `activity-${this.sent.length}` }, { status: 201 });
      }),
    ];
  }
}
