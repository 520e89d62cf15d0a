/**
 * The site's SharePoint groups and their members (`web/sitegroups`, `sitegroups/getById(n)/users`):
 * what the reminder job reads to find a board's secretaries and leads. Ids follow the order the
 * groups were added (100, 101, …), as `web/currentuser/groups` numbers them; an unknown id is a
 * 404 as SharePoint answers it.
 */
import { json, odataError } from './odata';
import type { SiteRoute } from './route';
import type { FakeSharePoint } from '../sharepoint-fake';

const groupNotFound = (): Response => odataError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.');

function siteGroups(fake: FakeSharePoint): Array<{ Id: number; Title: string; members: Set<string> }> {
  return [...fake.groups].map(([Title, members], i) => ({ Id: 100 + i, Title, members }));
}

export const groupRoutes: SiteRoute[] = [
  {
    pattern: /^\/_api\/web\/sitegroups$/i,
    verb: 'GET',
    handle: (fake) => json({ value: siteGroups(fake).map(({ Id, Title }) => ({ Id, Title, OwnerTitle: 'Governance Owners' })) }),
  },
  {
    // PnPjs addresses a group by key (`sitegroups(7)`); SharePoint also takes `sitegroups/getById(7)`
    pattern: /^\/_api\/web\/sitegroups(?:\/getById)?\((\d+)\)\/users$/i,
    verb: 'GET',
    handle: (fake, _req, m) => {
      const group = siteGroups(fake).find((g) => g.Id === Number(m[1]));
      if (!group) {
        return groupNotFound();
      }
      // a member is a site user: one who was never added to the site is not in a group
      const value = [...group.members].flatMap((email) => {
        const user = fake.users.get(email.toLowerCase());
        return user ? [{ ...user, UserPrincipalName: user.Email, PrincipalType: 1 }] : [];
      });
      return json({ value });
    },
  },
];
