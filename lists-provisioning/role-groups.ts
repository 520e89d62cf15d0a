/**
 * The board role groups ("<board> Secretaries", "<board> Leads", "Board Secretaries", "Board Leads",
 * "Board Members") must let the reminder job read who is in them. The job runs app-only with the
 * day-to-day Sites.Selected `write` grant, and SharePoint shows a group's membership to anyone
 * other than its members only when the group's "Who can view the membership of the group" is
 * Everyone — a new group's default is Group Members. Provisioning, which runs with `fullcontrol`,
 * sets it for each role group that exists; a board's groups made later need a re-run (README).
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/site-groups';
import { boardServiceFromGroup } from '../src/core/board-roles';

type GroupInfo = { Id: number; Title: string; OnlyAllowMembersViewMembership?: boolean };

export const isRoleGroup = (title: string): boolean => boardServiceFromGroup(title) !== null || title.trim().toLowerCase() === 'board members';

export type RoleGroupStep = Readonly<{ kind: 'role-group-visibility'; list: string; what: string; run: () => Promise<void> }>;

/** A step per role group whose membership only its members may see; none when all are visible. */
export async function roleGroupSteps(sp: SPFI): Promise<RoleGroupStep[]> {
  const groups = (await sp.web.siteGroups.select('Id', 'Title', 'OnlyAllowMembersViewMembership')()) as GroupInfo[];
  return groups
    .filter((g) => isRoleGroup(g.Title) && g.OnlyAllowMembersViewMembership !== false)
    .map((g) => ({
      kind: 'role-group-visibility',
      list: '(site)',
      what: `group "${g.Title}": everyone on the site may see who is in it (the reminder job reads it)`,
      run: async () => void (await sp.web.siteGroups.getById(g.Id).update({ OnlyAllowMembersViewMembership: false })),
    }));
}
