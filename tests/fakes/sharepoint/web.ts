/** The site (web) itself: its address and its regional settings. */
import { json } from './odata';
import type { SiteRoute } from './route';

export const webRoutes: SiteRoute[] = [
  {
    pattern: /^\/_api\/web$/i,
    verb: 'GET',
    handle: (fake) => {
      const url = new URL(fake.siteUrl);
      return json({ Id: '00000000-0000-4000-8000-0000000000aa', Title: 'Governance', Url: fake.siteUrl.replace(/\/$/, ''), ServerRelativeUrl: url.pathname.replace(/\/$/, '') });
    },
  },
];
