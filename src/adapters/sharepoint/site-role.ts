/**
 * The signed-in person's role on the board, from their SharePoint groups on the site:
 * "Board Secretaries" and "Board Leads" are created by the site owner; everyone else who can
 * open the tab is an owner of their own items, and readers of the site are board members.
 */
import type { SPFI } from '@pnp/sp';
import type { Role } from '../../ports/directory';
import './pnp-preset';

export const ROLE_GROUPS: ReadonlyArray<readonly [string, Role]> = [
  ['Board Secretaries', 'secretary'],
  ['Board Leads', 'lead'],
  ['Board Members', 'member'],
];

export async function siteRole(sp: SPFI): Promise<Role> {
  const groups = (await sp.web.currentUser.groups.select('Title')()) as Array<{ Title: string }>;
  const titles = new Set(groups.map((g) => g.Title));
  return ROLE_GROUPS.find(([group]) => titles.has(group))?.[1] ?? 'owner';
}
