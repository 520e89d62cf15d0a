/**
 * PeopleLookup over Microsoft Graph: every person an import or the seed names, asked in JSON
 * `$batch` requests of at most 20 (Graph's limit), so 60 distinct owners cost 3 requests, not
 * 60. An address is matched against userPrincipalName and mail (and, where the token may read
 * it, otherMails: a guest invited at another address); a name against displayName exactly.
 * Two matches are no match: an ambiguous owner stays as written. A sub-request throttled
 * inside a batch (429) is asked again after its Retry-After, a few times at most.
 */
import { Client, type AuthenticationProvider } from '@microsoft/microsoft-graph-client';
import type { PersonRef } from '../../core/model';
import type { PeopleLookup, PersonQuery } from '../../ports/people-lookup';
import type { GraphUser } from './graph-directory';

/** Graph's documented maximum of requests in one JSON batch. */
export const GRAPH_BATCH_LIMIT = 20;

const SELECT = 'id,displayName,mail,userPrincipalName';
const ROUNDS = 3;

type BatchRequest = Readonly<{ id: string; method: 'GET'; url: string; headers?: Record<string, string> }>;
type BatchResponse = Readonly<{ id: string; status: number; headers?: Record<string, string>; body?: { value?: GraphUser[]; error?: { message?: string } } }>;

export type GraphPeopleLookupOptions = Readonly<{
  baseUrl?: string;
  /** also match otherMails (needs User.Read.All; the tab's User.ReadBasic.All cannot read it) @default false */
  otherMails?: boolean;
  /** waits between rounds for throttled sub-requests (tests pass a no-op) */
  sleep?: (ms: number) => Promise<void>;
}>;

/** An OData string literal inside a URL: quotes doubled, then percent-encoded (spaces as %20). */
const literal = (text: string): string => encodeURIComponent(`'${text.replace(/'/g, "''")}'`);

export function requestFor(query: PersonQuery, id: string, otherMails: boolean): BatchRequest {
  const t = query.text.trim();
  if (query.by === 'name') {
    return { id, method: 'GET', url: `/users?$filter=displayName%20eq%20${literal(t)}&$select=${SELECT}&$top=2` };
  }
  const clauses = [`userPrincipalName eq ${literal(t)}`, `mail eq ${literal(t)}`];
  if (!otherMails) {
    return { id, method: 'GET', url: `/users?$filter=${clauses.join(' or ').replace(/ /g, '%20')}&$select=${SELECT}&$top=2` };
  }
  // a lambda combined with 'or' is an advanced query: ConsistencyLevel and $count are required
  clauses.push(`otherMails/any(m:m eq ${literal(t)})`);
  return {
    id,
    method: 'GET',
    url: `/users?$filter=${clauses.join(' or ').replace(/ /g, '%20')}&$select=${SELECT}&$top=2&$count=true`,
    headers: { ConsistencyLevel: 'eventual' },
  };
}

const toRef = (user: GraphUser): PersonRef => ({ id: user.userPrincipalName.toLowerCase(), displayName: user.displayName ?? user.userPrincipalName });

const retryAfterMs = (r: BatchResponse): number => {
  const header = Object.entries(r.headers ?? {}).find(([k]) => k.toLowerCase() === 'retry-after')?.[1];
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 1000;
};

export class GraphPeopleLookup implements PeopleLookup {
  private readonly client: Client;

  constructor(
    getToken: () => Promise<string>,
    private readonly options: GraphPeopleLookupOptions = {}
  ) {
    const authProvider: AuthenticationProvider = { getAccessToken: getToken };
    this.client = Client.initWithMiddleware({ authProvider, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) });
  }

  async find(queries: readonly PersonQuery[]): Promise<ReadonlyArray<PersonRef | null>> {
    // one request per distinct query, however often the file repeats it
    const keys = queries.map((q) => `${q.by}:${q.text.trim().toLowerCase()}`);
    const distinct = [...new Map(queries.map((q, i) => [keys[i] as string, q])).entries()].filter(([, q]) => q.text.trim() !== '');
    const answers = new Map<string, PersonRef | null>();
    for (let start = 0; start < distinct.length; start += GRAPH_BATCH_LIMIT) {
      const chunk = distinct.slice(start, start + GRAPH_BATCH_LIMIT);
      const found = await this.batch(chunk.map(([, q], i) => requestFor(q, String(i), this.options.otherMails === true)));
      chunk.forEach(([key], i) => answers.set(key, found.get(String(i)) ?? null));
    }
    return keys.map((k) => answers.get(k) ?? null);
  }

  /** One $batch, with throttled sub-requests sent again in a later (smaller) batch. */
  private async batch(requests: readonly BatchRequest[]): Promise<Map<string, PersonRef | null>> {
    const out = new Map<string, PersonRef | null>();
    let pending = [...requests];
    for (let round = 0; round < ROUNDS && pending.length > 0; round += 1) {
      const reply = (await this.client.api('/$batch').post({ requests: pending })) as { responses: BatchResponse[] };
      const throttled: BatchRequest[] = [];
      let wait = 0;
      for (const r of reply.responses) {
        if (r.status === 429) {
          throttled.push(pending.find((p) => p.id === r.id) as BatchRequest);
          wait = Math.max(wait, retryAfterMs(r));
        } else if (r.status >= 200 && r.status < 300) {
          const users = r.body?.value ?? [];
          out.set(r.id, users.length === 1 && users[0] ? toRef(users[0]) : null);
        } else {
          throw new Error(`Microsoft Graph refused a people lookup (${r.status}): ${r.body?.error?.message ?? 'no detail'}`);
        }
      }
      pending = throttled;
      if (pending.length > 0 && round + 1 < ROUNDS) {
        await (this.options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))))(wait);
      }
    }
    if (pending.length > 0) {
      throw new Error(`Microsoft Graph kept throttling ${pending.length} people lookups; try the import again in a minute`);
    }
    return out;
  }
}
