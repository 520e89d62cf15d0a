/**
 * Which of some Entra groups the signed-in person belongs to, directly or through nested
 * groups: Graph `POST /me/checkMemberGroups` (transitive; at most 20 ids a request; delegated
 * `User.Read` is enough for one's own memberships). Used to read board roles granted through
 * an Entra group placed inside a SharePoint group, which SharePoint's own
 * `web/currentuser/groups` does not list.
 */
import { Client, type AuthenticationProvider } from '@microsoft/microsoft-graph-client';

const CHECK_LIMIT = 20;

export async function checkMemberGroups(getToken: () => Promise<string>, groupIds: readonly string[], options: { baseUrl?: string } = {}): Promise<string[]> {
  const authProvider: AuthenticationProvider = { getAccessToken: getToken };
  const client = Client.initWithMiddleware({ authProvider, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) });
  const mine: string[] = [];
  for (let i = 0; i < groupIds.length; i += CHECK_LIMIT) {
    const reply = (await client.api('/me/checkMemberGroups').post({ groupIds: groupIds.slice(i, i + CHECK_LIMIT) })) as { value: string[] };
    mine.push(...reply.value);
  }
  return mine;
}
