/** A list's views: read them, create one, add a field to one. */
import { guid, json, noContent } from './odata';
import type { ListRoute } from './route';

export const viewRoutes: ListRoute[] = [
  {
    pattern: /^\/views$/i,
    verb: 'GET',
    handle: (_fake, list) => json({ value: list.views.map(({ fields, ...v }) => ({ ...v, ViewFieldsCount: fields.length })) }),
  },
  {
    pattern: /^\/views$/i,
    handle: (fake, list, req) => {
      const view = { Id: guid(fake.nextGuid++), Title: String(req.body.Title), ViewQuery: String(req.body.ViewQuery ?? ''), RowLimit: Number(req.body.RowLimit ?? 30), fields: [] as string[] };
      list.views.push(view);
      return json({ Id: view.Id, Title: view.Title }, { status: 201 });
    },
  },
  {
    pattern: /^\/views\('([^']+)'\)\/viewfields\/addViewField\('(.+)'\)$/i,
    handle: (_fake, list, _req, m) => {
      const view = list.views.find((v) => v.Id === m[1]);
      view?.fields.push(m[2] as string);
      return noContent();
    },
  },
];
