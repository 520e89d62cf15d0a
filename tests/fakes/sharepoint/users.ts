/** Site users and groups: getByEmail, getById, ensureUser, the current user's groups, the members group. */
import { json, odataError, userNotFound } from './odata';
import type { SiteRoute } from './route';

export const userRoutes: SiteRoute[] = [
  {
    pattern: /^\/_api\/web\/siteusers\/getByEmail\('(.+)'\)$/i,
    handle: (fake, _req, m) => {
      const user = fake.users.get((m[1] as string).toLowerCase());
      return user ? json({ ...user }) : userNotFound();
    },
  },
  {
    pattern: /^\/_api\/web\/siteusers\/getById\((\d+)\)$/i,
    handle: (fake, _req, m) => {
      const user = [...fake.users.values()].find((u) => u.Id === Number(m[1]));
      return user ? json({ ...user }) : userNotFound();
    },
  },
  {
    pattern: /^\/_api\/web\/ensureuser$/i,
    verb: 'POST',
    handle: (fake, req) => {
      const login = String(req.body.logonName ?? '');
      const email = login.split('|').pop() ?? '';
      if (!email.includes('@')) {
        return odataError(404, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${login} could not be found.`);
      }
      const user = fake.users.get(email.toLowerCase()) ?? fake.addUser(email, email.split('@')[0] as string);
      return json({ ...user });
    },
  },
  {
    // The person the token is for. SharePoint adds a signed-in person with access to the site's
    // users on their first visit, so the current user always resolves (an app-only token has none).
    pattern: /^\/_api\/web\/currentuser$/i,
    verb: 'GET',
    handle: (fake) => {
      const me = fake.currentUser;
      if (!me) {
        return odataError(401, '-2147024891, System.UnauthorizedAccessException', 'Access denied: an app-only token has no current user.');
      }
      const user = fake.users.get(me) ?? fake.addUser(me, me.split('@')[0] as string);
      return json({ ...user, UserPrincipalName: user.Email, IsSiteAdmin: false });
    },
  },
  {
    pattern: /^\/_api\/web\/currentuser\/groups$/i,
    handle: (fake) => {
      const me = fake.currentUser ?? '';
      const value = [...fake.groups].filter(([, members]) => members.has(me)).map(([Title], i) => ({ Id: 100 + i, Title }));
      return json({ value });
    },
  },
  {
    pattern: /^\/_api\/web\/associatedMemberGroup$/i,
    handle: (fake) => json(fake.memberGroup),
  },
];
