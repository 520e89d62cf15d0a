/** A fake SharePoint site already holding the schema's lists (as provisioning leaves it). */
import { setupServer } from 'msw/node';
import { fieldXml } from '../../lists-provisioning/field-xml';
import { LISTS } from '../../src/schema/lists';
import { sharePointFieldsOf } from '../../src/schema/text-overflow';
import { FakeSharePoint } from './sharepoint-fake';
import type { FakeTenantDirectory } from './tenant-directory';

export const SITE = 'https://contoso.sharepoint.com/sites/governance';

export function provisionDirectly(fake: FakeSharePoint): void {
  for (const list of LISTS) {
    const created = fake.createList(list.title, list.template === 'DocumentLibrary' ? 101 : 100);
    created.EnableVersioning = true;
  }
  for (const list of LISTS) {
    const target = fake.list(list.title);
    if (!target) {
      continue;
    }
    for (const field of sharePointFieldsOf(list.fields)) {
      if (field.builtIn) {
        const title = target.fields.get('Title');
        if (title) {
          title.Indexed = field.indexed === true;
          title.EnforceUniqueValues = field.unique === true;
        }
        continue;
      }
      const lookupId = field.lookupList ? fake.list(LISTS.find((l) => l.key === field.lookupList)?.title ?? '')?.Id : undefined;
      fake.addFieldXml(target, fieldXml(field, lookupId));
    }
  }
}

export function startFakeSite(options: { provisioned?: boolean; directory?: FakeTenantDirectory } = {}) {
  const fake = new FakeSharePoint(SITE, options.directory);
  if (options.provisioned !== false) {
    provisionDirectly(fake);
  }
  const server = setupServer(...fake.handlers());
  server.listen({ onUnhandledRequest: 'error' });
  return { fake, close: () => server.close() };
}
