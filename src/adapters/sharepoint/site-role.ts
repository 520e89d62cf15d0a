/**
 * The signed-in person's roles, from their SharePoint groups on the site. Roles are per board
 * (DESIGN §7): "<board title> Secretaries" and "<board title> Leads" make a person that board's
 * secretary or lead; the site-wide "Board Secretaries" / "Board Leads" serve every board;
 * "Board Members" read. Everyone else who can open the tab is an owner of their own items.
 */
import type { SPFI } from '@pnp/sp';
import { boardServiceFromGroup, highestBoardRole } from '../../core/board-roles';
import type { BoardService, Role } from '../../ports/directory';
import './pnp-preset';

export type SiteRoles = Readonly<{ role: Role; serves: readonly BoardService[] }>;

/** Reads group titles as roles: pure, so it is tested without a site. */
export function rolesFromGroups(titles: readonly string[]): SiteRoles {
  const serves = titles.map(boardServiceFromGroup).filter((s): s is BoardService => s !== null);
  const highest = highestBoardRole(serves);
  if (highest) {
    return { role: highest, serves };
  }
  return { role: titles.some((t) => t.trim().toLowerCase() === 'board members') ? 'member' : 'owner', serves };
}

export async function siteRoles(sp: SPFI): Promise<SiteRoles> {
  const groups = (await sp.web.currentUser.groups.select('Title')()) as Array<{ Title: string }>;
  return rolesFromGroups(groups.map((g) => g.Title));
}

/** The highest role only (kept for callers that need no boards). */
export async function siteRole(sp: SPFI): Promise<Role> {
  return (await siteRoles(sp)).role;
}
