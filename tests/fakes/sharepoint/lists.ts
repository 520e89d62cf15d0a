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
    handle: (_fake, list, req) =>
      json({
        Id: list.Id,
        Title: list.Title,
        BaseTemplate: list.BaseTemplate,
        EnableVersioning: list.EnableVersioning,
        EnableAttachments: list.BaseTemplate === 100 && list.EnableAttachments !== false,
        ItemCount: list.items.size,
        HasUniqueRoleAssignments: list.HasUniqueRoleAssignments,
        ...(/RootFolder/i.test(req.url.searchParams.get('$expand') ?? '') ? { RootFolder: { ServerRelativeUrl: list.Url } } : {}),
      }),
  },
  {
    pattern: /^\/RootFolder$/i,
    verb: 'GET',
    handle: (_fake, list) => json({ ServerRelativeUrl: list.Url, Name: list.Url.split('/').pop() }),
  },
  {
    pattern: /^$/,
    verb: 'MERGE',
    handle: (fake, list, req) => {
      if ('EnableVersioning' in req.body) {
        list.EnableVersioning = req.body.EnableVersioning === true;
      }
      if ('EnableAttachments' in req.body) {
        // SharePoint refuses the setting on a document library (it has no attachments)
        if (list.BaseTemplate !== 100) {
          return odataError(500, '-2146232832, Microsoft.SharePoint.SPException', 'The EnableAttachments property does not apply to document libraries.');
        }
        list.EnableAttachments = req.body.EnableAttachments === true;
      }
      if (typeof req.body.Title === 'string' && req.body.Title !== list.Title) {
        // a site owner renames the list: the title changes, its id and URL do not
        fake.lists.delete(list.Title.toLowerCase());
        list.Title = req.body.Title;
        fake.lists.set(list.Title.toLowerCase(), list);
      }
      return noContent();
    },
  },
];

/** One way of addressing a list in a URL; `find` returns the list, or a Response refusing the request. */
export type ListAddress = Readonly<{ pattern: RegExp; find: (fake: FakeSharePoint, m: RegExpExecArray) => FakeList | Response }>;

const noListAt = (fake: FakeSharePoint, what: string): Response =>
  odataError(404, '-2147024894, System.IO.FileNotFoundException', `List '${what}' does not exist at site with URL '${fake.siteUrl}'.`);

export const listAddresses: ListAddress[] = [
  {
    // how SharePoint itself addresses a list: in odata.id, odata.editLink and odata.nextLink
    pattern: /^\/_api\/web\/lists\(guid'([0-9a-f-]{36})'\)/i,
    find: (fake, m) => [...fake.lists.values()].find((l) => l.Id === (m[1] as string).toLowerCase()) ?? noListAt(fake, m[1] as string),
  },
  {
    // by server-relative URL, which a rename of the title does not change
    pattern: /^\/_api\/web\/getList\('((?:[^']|'')+)'\)/i,
    find: (fake, m) => {
      const url = (m[1] as string).replace(/''/g, "'").replace(/\/$/, '').toLowerCase();
      return [...fake.lists.values()].find((l) => l.Url.toLowerCase() === url) ?? noListAt(fake, m[1] as string);
    },
  },
  {
    pattern: /^\/_api\/web\/lists\/getByTitle\('((?:[^']|'')+)'\)/i,
    find: (fake, m) => {
      const list = fake.list((m[1] as string).replace(/''/g, "'"));
      return list ?? odataError(404, '-1, System.ArgumentException', `List '${m[1]}' does not exist at site with URL '${fake.siteUrl}'.`);
    },
  },
];
