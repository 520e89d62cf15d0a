/**
 * The Directory port over Microsoft Graph: people search with `/users?$search`, which needs
 * the `ConsistencyLevel: eventual` header, and least privilege `User.ReadBasic.All`. The
 * Graph client's retry handler honours Retry-After on 429/503/504.
 */
import { Client, type AuthenticationProvider } from '@microsoft/microsoft-graph-client';
import type { Directory, Person } from '../../ports/directory';

export type GraphUser = Readonly<{
  id: string;
  displayName: string | null;
  mail: string | null;
  userPrincipalName: string;
  jobTitle: string | null;
}>;

const SELECT = 'id,displayName,mail,userPrincipalName,jobTitle';

/**
 * People are identified by UPN (DESIGN §7), as SharePoint's login claims carry it; mail is a
 * property (a guest's mail is their own address, their UPN `…#EXT#@tenant`).
 */
export function toPerson(user: GraphUser): Person {
  const id = user.userPrincipalName.toLowerCase();
  return { id, mail: (user.mail ?? user.userPrincipalName).toLowerCase(), displayName: user.displayName ?? id, jobTitle: user.jobTitle, aliases: [], role: 'owner' };
}

/** $search takes quoted tokens; a quote or backslash in what someone typed must not break out. */
function searchTerm(text: string): string {
  return text.replace(/["\\]/g, ' ').trim();
}

export class GraphDirectory implements Directory {
  private readonly client: Client;

  constructor(getToken: () => Promise<string>, options: { baseUrl?: string } = {}) {
    const authProvider: AuthenticationProvider = { getAccessToken: getToken };
    this.client = Client.initWithMiddleware({ authProvider, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) });
  }

  async search(text: string, top = 10): Promise<readonly Person[]> {
    const term = searchTerm(text);
    let request = this.client.api('/users').select(SELECT).top(Math.min(Math.max(top, 1), 25));
    if (term !== '') {
      request = request.header('ConsistencyLevel', 'eventual').search(`"displayName:${term}" OR "mail:${term}"`);
    }
    const page = (await request.get()) as { value: GraphUser[] };
    return page.value.map(toPerson);
  }

  /** One person by object id or UPN (Graph's keys; a mail that is not the UPN is not found here). */
  async get(id: string): Promise<Person | null> {
    try {
      const user = (await this.client.api(`/users/${encodeURIComponent(id)}`).select(SELECT).get()) as GraphUser;
      return toPerson(user);
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 404) {
        return null;
      }
      throw error;
    }
  }
}
