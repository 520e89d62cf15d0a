/**
 * A list's views: read them, create one, add a field to one. A view whose CAML or view fields
 * name a field the list does not have is refused: SharePoint fails such a view ("One or more
 * field types are not installed properly") when anyone opens it, so the fake fails it at once.
 */
import { guid, json, noContent, odataError } from './odata';
import type { ListRoute } from './route';
import type { FakeList } from './types';

/** Fields every list has without a FieldRef to a created column. */
const BUILT_IN_VIEW_FIELDS = new Set(['ID', 'Title', 'LinkTitle', 'LinkTitleNoMenu', 'Modified', 'Created', 'Author', 'Editor', 'Attachments', 'FileLeafRef', 'LinkFilename', 'DocIcon', '_UIVersionString']);

export const hasViewField = (list: FakeList, name: string): boolean => BUILT_IN_VIEW_FIELDS.has(name) || list.fields.has(name);

const fieldTypesNotInstalled = (name: string): Response =>
  odataError(400, '-2130575340, Microsoft.SharePoint.SPException', `One or more field types are not installed properly. Go to the list settings page to delete these fields. (${name})`);

export const viewRoutes: ListRoute[] = [
  {
    pattern: /^\/views$/i,
    verb: 'GET',
    handle: (_fake, list) => json({ value: list.views.map(({ fields, ...v }) => ({ ...v, ViewFieldsCount: fields.length })) }),
  },
  {
    pattern: /^\/views$/i,
    handle: (fake, list, req) => {
      const query = String(req.body.ViewQuery ?? '');
      for (const ref of query.matchAll(/<FieldRef\b[^>]*\bName=['"]([^'"]+)['"]/g)) {
        if (!hasViewField(list, ref[1] as string)) {
          return fieldTypesNotInstalled(ref[1] as string);
        }
      }
      const view = { Id: guid(fake.nextGuid++), Title: String(req.body.Title), ViewQuery: query, RowLimit: Number(req.body.RowLimit ?? 30), fields: [] as string[] };
      list.views.push(view);
      return json({ Id: view.Id, Title: view.Title }, { status: 201 });
    },
  },
  {
    pattern: /^\/views\('([^']+)'\)\/viewfields\/addViewField\('(.+)'\)$/i,
    handle: (_fake, list, _req, m) => {
      const view = list.views.find((v) => v.Id === m[1]);
      if (!view) {
        return odataError(404, '-2147024809, System.ArgumentException', 'The view does not exist.');
      }
      const name = m[2] as string;
      if (!hasViewField(list, name)) {
        return odataError(400, '-2147024809, System.ArgumentException', `Column '${name}' does not exist. It may have been deleted by another user.`);
      }
      view.fields.push(name);
      return noContent();
    },
  },
];
