/**
 * Site users and groups: getByEmail, getById, by login name, ensureUser, the current user,
 * the current user's groups, the site's groups and their users, the members group.
 *
 * As SharePoint does: ensureUser adds only a person the tenant's directory holds, named by the
 * membership claim of their UPN (`i:0#.f|membership|<upn>`) or by the UPN itself; a guest's
 * or a renamed member's mail is not their login, and an unknown name is refused with
 * "The specified user … could not be found." (SPException -2146232832). `currentuser/groups`
 * lists the groups the person is a **direct** member of: membership through an Entra group
 * inside a SharePoint group is not listed. A group's users can be read by its members, or by
 * everyone when the group allows it (SharePoint's default for a new group is members only), or
 * by an app whose Sites.Selected grant is `fullcontrol` (Manage Permissions); not with `write`.
 */
import { json, odataError, userNotFound } from './odata';
import type { FakeSharePoint } from '../sharepoint-fake';
import type { SiteRoute } from './route';
import type { FakeUser } from './types';

const MEMBERSHIP = 'i:0#.f|membership|';

/** The login SharePoint shows for an Entra security group added to a SharePoint group. */
export const entraGroupClaim = (groupId: string): string => `c:0t.c|tenant|${groupId.toLowerCase()}`;

const notFound = (login: string): Response =>
  odataError(404, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${login} could not be found.`);

const accessDenied = (): Response =>
  odataError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied. You do not have permission to perform this action or access this resource.');

const userJson = (user: FakeUser): Record<string, unknown> => ({ ...user, IsSiteAdmin: false });

function groupEntries(fake: FakeSharePoint): Array<{ Id: number; Title: string; members: Set<string> }> {
  return [...fake.groups].map(([Title, members], i) => ({ Id: 100 + i, Title, members }));
}

/** A group's members as SharePoint lists them: people as site users, Entra groups as principals. */
function groupUsers(fake: FakeSharePoint, group: { Title: string; members: Set<string> }): Response {
  const me = fake.currentUser;
  // an app-only token sees a members-only group's membership only with Manage Permissions (fullcontrol)
  const canSee = fake.groupsVisibleToEveryone.has(group.Title) || (me === null ? fake.appGrant === 'fullcontrol' : group.members.has(me));
  if (!canSee) {
    return accessDenied();
  }
  const value = [...group.members].map((member, i) => {
    if (member.startsWith('c:0t.c|tenant|')) {
      const id = member.slice('c:0t.c|tenant|'.length);
      const entra = fake.directory.groups.find((g) => g.id.toLowerCase() === id);
      return { Id: 5000 + i, Title: entra?.displayName ?? id, Email: '', LoginName: member, UserPrincipalName: null, PrincipalType: 4 };
    }
    const person = fake.directory.byUpn(member) ?? fake.directory.ensureMember(member, member.split('@')[0] as string);
    return userJson(fake.siteUserFor(person));
  });
  return json({ value });
}

export const userRoutes: SiteRoute[] = [
  {
    pattern: /^\/_api\/web\/siteusers\/getByEmail\('(.+)'\)$/i,
    handle: (fake, _req, m) => {
      const email = (m[1] as string).toLowerCase();
      const user = [...fake.users.values()].find((u) => u.Email.toLowerCase() === email);
      return user ? json(userJson(user)) : userNotFound();
    },
  },
  {
    pattern: /^\/_api\/web\/siteusers\/getById\((\d+)\)$/i,
    handle: (fake, _req, m) => {
      const user = fake.userById(Number(m[1]));
      return user ? json(userJson(user)) : userNotFound();
    },
  },
  {
    // siteusers(@v)?@v='i:0#.f|membership|…': a site user by login name
    pattern: /^\/_api\/web\/siteusers\((@\w+)\)$/i,
    handle: (fake, req, m) => {
      const login = (req.url.searchParams.get(m[1] as string) ?? '').replace(/^'|'$/g, '').replace(/''/g, "'").toLowerCase();
      const user = [...fake.users.values()].find((u) => u.LoginName.toLowerCase() === login);
      return user ? json(userJson(user)) : userNotFound();
    },
  },
  {
    pattern: /^\/_api\/web\/ensureuser$/i,
    verb: 'POST',
    handle: (fake, req) => {
      const login = String(req.body.logonName ?? '');
      const name = login.toLowerCase().startsWith(MEMBERSHIP) ? login.slice(MEMBERSHIP.length) : login.includes('|') ? null : login;
      const person = name ? fake.directory.byUpn(name) : undefined;
      return person ? json(userJson(fake.siteUserFor(person))) : notFound(login);
    },
  },
  {
    // The person the token is for. SharePoint adds a signed-in person with access to the site's
    // users on their first visit, so the current user always resolves (an app-only token has none).
    pattern: /^\/_api\/web\/currentuser$/i,
    verb: 'GET',
    handle: (fake) => {
      if (!fake.currentUser) {
        return odataError(401, '-2147024891, System.UnauthorizedAccessException', 'Access denied: an app-only token has no current user.');
      }
      return json(userJson(fake.actingUser()));
    },
  },
  {
    pattern: /^\/_api\/web\/currentuser\/groups$/i,
    handle: (fake) => {
      const me = fake.currentUser ?? '';
      return json({ value: groupEntries(fake).filter((g) => g.members.has(me)).map(({ Id, Title }) => ({ Id, Title })) });
    },
  },
  {
    pattern: /^\/_api\/web\/sitegroups$/i,
    verb: 'GET',
    handle: (fake) => json({ value: groupEntries(fake).map(({ Id, Title }) => ({ Id, Title, OnlyAllowMembersViewMembership: !fake.groupsVisibleToEveryone.has(Title) })) }),
  },
  {
    // sitegroups/getById(n) and sitegroups(n), which PnPjs sends
    pattern: /^\/_api\/web\/sitegroups(?:\/getById)?\((\d+)\)\/users$/i,
    verb: 'GET',
    handle: (fake, _req, m) => {
      const group = groupEntries(fake).find((g) => g.Id === Number(m[1]));
      return group ? groupUsers(fake, group) : odataError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.');
    },
  },
  {
    // a group's settings: only "who can view the membership" is modelled; changing it takes
    // Manage Permissions (an app with fullcontrol), as SharePoint answers anyone else 403
    pattern: /^\/_api\/web\/sitegroups(?:\/getById)?\((\d+)\)$/i,
    verb: 'MERGE',
    handle: (fake, req, m) => {
      const group = groupEntries(fake).find((g) => g.Id === Number(m[1]));
      if (!group) {
        return odataError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.');
      }
      if (fake.currentUser !== null || fake.appGrant !== 'fullcontrol') {
        return accessDenied();
      }
      const visible = req.body.OnlyAllowMembersViewMembership;
      if (typeof visible !== 'boolean') {
        return odataError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'A value of type Edm.Boolean was expected for OnlyAllowMembersViewMembership.');
      }
      if (visible) {
        fake.groupsVisibleToEveryone.delete(group.Title);
      } else {
        fake.groupsVisibleToEveryone.add(group.Title);
      }
      return new Response(null, { status: 204 });
    },
  },
  {
    pattern: /^\/_api\/web\/sitegroups\/getByName\('(.+)'\)\/users$/i,
    verb: 'GET',
    handle: (fake, _req, m) => {
      const title = (m[1] as string).replace(/''/g, "'").toLowerCase();
      const group = groupEntries(fake).find((g) => g.Title.toLowerCase() === title);
      return group ? groupUsers(fake, group) : odataError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.');
    },
  },
  {
    pattern: /^\/_api\/web\/associatedMemberGroup$/i,
    handle: (fake) => json(fake.memberGroup),
  },
];
