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

type Member = { '@odata.type'?: string; userPrincipalName?: string; displayName?: string | null };

/**
 * The people in an Entra group, through nested groups too (`/groups/{id}/transitiveMembers`,
 * application GroupMember.Read.All): the reminder job reads who serves a board when a role
 * group holds an Entra group. Identified by UPN, as everywhere.
 */
export async function transitiveUsersOf(
  getToken: () => Promise<string>,
  groupId: string,
  options: { baseUrl?: string } = {}
): Promise<Array<{ id: string; displayName: string }>> {
  const authProvider: AuthenticationProvider = { getAccessToken: getToken };
  const client = Client.initWithMiddleware({ authProvider, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) });
  const out: Array<{ id: string; displayName: string }> = [];
  let page = (await client.api(`/groups/${encodeURIComponent(groupId)}/transitiveMembers`).select('id,displayName,userPrincipalName').top(999).get()) as { value: Member[]; '@odata.nextLink'?: string };
  for (;;) {
    for (const m of page.value) {
      if (m['@odata.type'] === '#microsoft.graph.user' && m.userPrincipalName) {
        out.push({ id: m.userPrincipalName.toLowerCase(), displayName: m.displayName ?? m.userPrincipalName });
      }
    }
    const next = page['@odata.nextLink'];
    if (!next) {
      return out;
    }
    page = (await client.api(next).get()) as typeof page;
  }
}
