/**
 * The signed-in person's roles, from their SharePoint groups on the site. Roles are per board
 * (DESIGN §7): "<board title> Secretaries" and "<board title> Leads" make a person that board's
 * secretary or lead; the site-wide "Board Secretaries" / "Board Leads" serve every board;
 * "Board Members" read. Everyone else who can open the tab is an owner of their own items.
 *
 * `web/currentuser/groups` lists **direct** membership only. When a role group holds an Entra
 * group (a security group, or a Microsoft 365 group's members), the person may belong to it
 * through that group, nested at any depth: those Entra groups are read from the role groups'
 * users and checked against the person's transitive membership (`memberOf`, Graph
 * checkMemberGroups). A role group whose members the person may not see (SharePoint's default
 * is "group members only") cannot be resolved this way: its membership must be visible to
 * everyone, or hold the people directly.
 */
import type { SPFI } from '@pnp/sp';
import { boardServiceFromGroup, highestBoardRole } from '../../core/board-roles';
import type { BoardService, Role } from '../../ports/directory';
import './pnp-preset';

export type SiteRoles = Readonly<{ role: Role; serves: readonly BoardService[] }>;

/** Of some Entra group ids, those the signed-in person belongs to, directly or not. */
export type MemberOfGroups = (groupIds: readonly string[]) => Promise<readonly string[]>;

/** The Entra group a SharePoint principal stands for (security group, or a Microsoft 365 group's members). */
export function entraGroupIdOf(loginName: string | null | undefined): string | null {
  const m = /^c:0(?:t\.c\|tenant|o\.c\|federateddirectoryclaimprovider)\|([0-9a-f-]{36})$/i.exec(loginName ?? '');
  return m ? (m[1] as string).toLowerCase() : null;
}

/** Reads group titles as roles: pure, so it is tested without a site. */
export function rolesFromGroups(titles: readonly string[]): SiteRoles {
  const serves = titles.map(boardServiceFromGroup).filter((s): s is BoardService => s !== null);
  const highest = highestBoardRole(serves);
  if (highest) {
    return { role: highest, serves };
  }
  return { role: titles.some((t) => t.trim().toLowerCase() === 'board members') ? 'member' : 'owner', serves };
}

type Principal = { LoginName?: string; PrincipalType?: number };

/** Role groups the person is in through an Entra group, not directly. */
async function nestedRoleGroups(sp: SPFI, direct: ReadonlySet<string>, memberOf: MemberOfGroups): Promise<string[]> {
  const groups = ((await sp.web.siteGroups.select('Id', 'Title')()) as Array<{ Id: number; Title: string }>).filter(
    (g) => boardServiceFromGroup(g.Title) !== null && !direct.has(g.Title)
  );
  if (groups.length === 0) {
    return [];
  }
  const [batched, execute] = sp.batched();
  const reads = groups.map((g) =>
    batched.web.siteGroups
      .getById(g.Id)
      .users.select('LoginName', 'PrincipalType')()
      .then(
        (users) => ({ title: g.Title, users: users as Principal[] }),
        // members hidden from this person: the group cannot grant a role through nesting here
        () => ({ title: g.Title, users: [] as Principal[] })
      )
  );
  await execute();
  const byEntraGroup = new Map<string, string[]>();
  for (const { title, users } of await Promise.all(reads)) {
    for (const u of users) {
      const id = entraGroupIdOf(u.LoginName);
      if (id) {
        byEntraGroup.set(id, [...(byEntraGroup.get(id) ?? []), title]);
      }
    }
  }
  if (byEntraGroup.size === 0) {
    return [];
  }
  const mine = await memberOf([...byEntraGroup.keys()]);
  return mine.flatMap((id) => byEntraGroup.get(id.toLowerCase()) ?? []);
}

export async function siteRoles(sp: SPFI, memberOf?: MemberOfGroups): Promise<SiteRoles> {
  const groups = (await sp.web.currentUser.groups.select('Title')()) as Array<{ Title: string }>;
  const direct = new Set(groups.map((g) => g.Title));
  const nested = memberOf ? await nestedRoleGroups(sp, direct, memberOf) : [];
  return rolesFromGroups([...direct, ...nested.filter((t) => !direct.has(t))]);
}

/** The highest role only (kept for callers that need no boards). */
export async function siteRole(sp: SPFI): Promise<Role> {
  return (await siteRoles(sp)).role;
}
