/**
 * The tenant's Entra ID directory, shared by the Graph fake and the SharePoint fake: the people
 * who exist (members and guests) and the Entra groups they belong to. SharePoint's ensureUser
 * adds only people found here, Graph answers only about them, and group membership nests.
 *
 * A guest's UPN is not their address: `ann_fabrikam.com#EXT#@contoso.onmicrosoft.com`, with
 * `mail` = `ann@fabrikam.com`. A member's mail may differ from their UPN too (a renamed person,
 * a second domain): both shapes are in the default directory that tests start from.
 */
import type { GraphUser } from '../../src/adapters/graph/graph-directory';

export type DirectoryUser = GraphUser & Readonly<{ otherMails?: readonly string[]; userType?: 'Member' | 'Guest' }>;

/** An Entra security group; its members are user ids or other groups' ids (nesting). */
export type EntraGroup = { id: string; displayName: string; members: string[] };

export const GUEST: DirectoryUser = {
  id: '00000000-0000-4000-8000-00000000ee01',
  displayName: 'Ann Guest (Fabrikam)',
  mail: 'ann@fabrikam.com',
  userPrincipalName: 'ann_fabrikam.com#EXT#@contoso.onmicrosoft.com',
  jobTitle: 'Inspectorate liaison',
  otherMails: ['ann@fabrikam.com'],
  userType: 'Guest',
};

/** A member who signs in as one name and is mailed at another (renamed after marriage). */
export const RENAMED: DirectoryUser = {
  id: '00000000-0000-4000-8000-00000000ee02',
  displayName: 'Jo Whitfield-Kerr',
  mail: 'jo.kerr@colp.example',
  userPrincipalName: 'jo.whitfield@colp.example',
  jobTitle: 'Inspections Board Secretary',
  userType: 'Member',
};

const low = (s: string | null | undefined): string => (s ?? '').toLowerCase();

export class FakeTenantDirectory {
  readonly users: DirectoryUser[] = [];
  readonly groups: EntraGroup[] = [];

  /**
   * @param memberDomains domains whose every address is a member (UPN = mail), for suites that
   * make up owners as they go (the store contract); none by default, so only people added exist
   */
  constructor(private readonly memberDomains: readonly string[] = []) {}

  byUpn(upn: string): DirectoryUser | undefined {
    const known = this.known(upn);
    const domain = low(upn).split('@')[1];
    if (known || !domain || !this.memberDomains.includes(domain)) {
      return known;
    }
    return this.ensureMember(low(upn), low(upn).split('@')[0] as string);
  }

  private known(upn: string): DirectoryUser | undefined {
    return this.users.find((u) => low(u.userPrincipalName) === low(upn));
  }

  /** Adds a member whose UPN and mail are the same address, unless someone has that UPN. */
  ensureMember(upn: string, displayName: string): DirectoryUser {
    const known = this.known(upn);
    if (known) {
      return known;
    }
    const user: DirectoryUser = { id: `00000000-0000-4000-9000-${String(this.users.length + 1).padStart(12, '0')}`, displayName, mail: upn, userPrincipalName: upn, jobTitle: null, userType: 'Member' };
    this.users.push(user);
    return user;
  }

  /** The ids of every group `objectId` belongs to, directly or through nested groups. */
  transitiveGroupIds(objectId: string): Set<string> {
    const found = new Set<string>();
    let frontier = [low(objectId)];
    while (frontier.length > 0) {
      const next: string[] = [];
      for (const group of this.groups) {
        if (!found.has(low(group.id)) && group.members.some((m) => frontier.includes(low(m)))) {
          found.add(low(group.id));
          next.push(low(group.id));
        }
      }
      frontier = next;
    }
    return found;
  }
}
