/** Creating lists, reading and updating one, and finding the list a request addresses. */
import { json, noContent, odataError } from './odata';
import type { ListRoute, SiteRoute } from './route';
import type { FakeSharePoint } from '../sharepoint-fake';
import type { FakeList } from './types';

export const listCollectionRoutes: SiteRoute[] = [
  {
    pattern: /^\/_api\/web\/lists$/i,
    verb: 'POST',
    handle: (fake, req) => {
      const title = String(req.body.Title);
      if (fake.list(title)) {
        return odataError(500, '-2130575342, Microsoft.SharePoint.SPException', `A list, survey, discussion board, or document library with the specified name already exists in this Web site.`);
      }
      const list = fake.createList(title, Number(req.body.BaseTemplate ?? 100));
      list.EnableVersioning = req.body.EnableVersioning === true;
      return json({ Id: list.Id, Title: list.Title, BaseTemplate: list.BaseTemplate, EnableVersioning: list.EnableVersioning }, { status: 201 });
    },
  },
];

export const listRoutes: ListRoute[] = [
  {
    pattern: /^$/,
    verb: 'GET',
    handle: (_fake, list) =>
      json({ Id: list.Id, Title: list.Title, BaseTemplate: list.BaseTemplate, EnableVersioning: list.EnableVersioning, ItemCount: list.items.size, HasUniqueRoleAssignments: list.HasUniqueRoleAssignments }),
  },
  {
    pattern: /^$/,
    verb: 'MERGE',
    handle: (_fake, list, req) => {
      if ('EnableVersioning' in req.body) {
        list.EnableVersioning = req.body.EnableVersioning === true;
      }
      return noContent();
    },
  },
];

/** One way of addressing a list in a URL; `find` returns the list, or a Response refusing the request. */
export type ListAddress = Readonly<{ pattern: RegExp; find: (fake: FakeSharePoint, m: RegExpExecArray) => FakeList | Response }>;

export const listAddresses: ListAddress[] = [
  {
    pattern: /^\/_api\/web\/lists\/getByTitle\('((?:[^']|'')+)'\)/i,
    find: (fake, m) => {
      const list = fake.list((m[1] as string).replace(/''/g, "'"));
      return list ?? odataError(404, '-1, System.ArgumentException', `List '${m[1]}' does not exist at site with URL '${fake.siteUrl}'.`);
    },
  },
];
