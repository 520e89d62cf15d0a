/**
 * Who serves a board in Microsoft 365: the members of the site's SharePoint groups
 * "<board> Secretaries" / "<board> Leads", and of the site-wide "Board Secretaries" /
 * "Board Leads" (DESIGN §7). Read once per run (the groups are few) with app-only access.
 * The bot asks the other way round — which roles has the person who pressed a card button —
 * from the same groups (and "Board Members", who only read).
 */
import type { SPFI } from '@pnp/sp';
import { boardServiceFromGroup, servesBoard, type BoardRole, type BoardServiceLike } from '../../core/board-roles';
import { ForbiddenError } from '../../core/errors';
import type { PersonRef } from '../../core/model';
import type { BoardPeople } from '../../ports/board-people';
import { upnFromClaim } from './claims';
import { entraGroupIdOf } from './site-role';
import './pnp-preset';
import { rolesFromGroups, type SiteRoles } from './site-role';
import { rethrowRefusal, type Principal } from './sp-refusals';

type Member = Readonly<{ person: PersonRef; group: string; service: BoardServiceLike | null }>;

/**
 * A role group whose membership SharePoint shows only to its members (a new group's default):
 * the app's `write` grant cannot read it. Say which group and what to change, not "403".
 */
function membershipHidden(title: string, error: unknown): unknown {
  if ((error as { status?: number })?.status !== 403) {
    return error;
  }
  return new ForbiddenError(
    `SharePoint will not show Action Tracker who is in the group “${title}”. In the site's People and groups, set the group's “Who can view the membership of the group” to Everyone, or run tracker provision again, which sets it for every board role group.`
  );
}

const isMembersGroup = (title: string): boolean => title.trim().toLowerCase() === 'board members';

export class SharePointBoardPeople implements BoardPeople {
  private members: Promise<Member[]> | null = null;

  /**
   * @param usersOfEntraGroup the people in an Entra group placed inside a role group (Graph
   * transitive members); without it such a group serves no one
   */
  constructor(
    private readonly sp: SPFI,
    private readonly usersOfEntraGroup?: (groupId: string) => Promise<readonly PersonRef[]>,
    /** whose permissions a 403 is about: the app (the jobs and the bot read with app-only access) */
    private readonly principal: Principal = 'app'
  ) {}

  async secretaries(board: string | null): Promise<readonly PersonRef[]> {
    return this.serving(board, 'secretary');
  }

  async leads(board: string | null): Promise<readonly PersonRef[]> {
    return this.serving(board, 'lead');
  }

  /** The person's roles on the site, from the board groups they are in (by mail or UPN). */
  async rolesOf(personId: string): Promise<SiteRoles> {
    const members = await (this.members ??= this.read());
    const id = personId.toLowerCase();
    return rolesFromGroups(members.filter((m) => m.person.id === id).map((m) => m.group));
  }

  private async serving(board: string | null, role: BoardRole): Promise<PersonRef[]> {
    const members = await (this.members ??= this.read());
    const seen = new Set<string>();
    return members
      .filter((m) => m.service !== null && servesBoard([m.service], board, [role]))
      .map((m) => m.person)
      .filter((p) => !seen.has(p.id) && seen.add(p.id) !== undefined);
  }

  private async read(): Promise<Member[]> {
    // SharePoint's refusals (403, throttling) as domain errors with a sentence (sp-refusals.ts)
    const refused = rethrowRefusal({ what: 'the site’s groups' }, { write: false, principal: this.principal });
    const groups = (await this.sp.web.siteGroups.select('Id', 'Title')().catch(refused)) as Array<{ Id: number; Title: string }>;
    const out: Member[] = [];
    for (const group of groups) {
      const service = boardServiceFromGroup(group.Title);
      if (!service && !isMembersGroup(group.Title)) {
        continue;
      }
      const users = (await this.sp.web.siteGroups
        .getById(group.Id)
        .users.select('Email', 'Title', 'UserPrincipalName', 'LoginName')()
        // a 403 here is the group hiding its membership (its own sentence); other refusals as any read's
        .catch((error: unknown) => refused(membershipHidden(group.Title, error)))) as Array<{ Email?: string; Title?: string; UserPrincipalName?: string; LoginName?: string }>;
      for (const u of users) {
        const entraGroup = entraGroupIdOf(u.LoginName);
        if (entraGroup) {
          for (const person of (await this.usersOfEntraGroup?.(entraGroup)) ?? []) {
            out.push({ person, group: group.Title, service });
          }
          continue;
        }
        // the UPN, as person fields and the signed-in person are keyed (a guest's mail is not it)
        const id = upnFromClaim(u.LoginName) ?? (u.UserPrincipalName || '').toLowerCase();
        if (id) {
          out.push({ person: { id, displayName: u.Title ?? id }, group: group.Title, service });
        }
      }
    }
    return out;
  }
}
