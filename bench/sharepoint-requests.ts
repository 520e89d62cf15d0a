/**
 * HTTP requests and bytes per screen through the SharePoint adapter, beside the same data
 * loaded the naive way (PnPjs defaults: no $select, no $expand, no batch, a request per
 * owner to learn their name). Measured on the HTTP-level SharePoint fake.
 */
import { setupServer } from 'msw/node';
import { createSp } from '../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../src/adapters/sharepoint/sharepoint-store';
import { encodeWrite } from '../src/adapters/sharepoint/sp-codec';

import type { IsoDate } from '../src/core/dates';
import { myItems } from '../src/services/items';
import { SITE, provisionDirectly } from '../tests/fakes/provisioned-site';
import { FakeSharePoint } from '../tests/fakes/sharepoint-fake';
import { anAction } from '../tests/helpers/builders';

export type ScreenCost = Readonly<{ screen: string; ours: { requests: number; bytes: number }; naive: { requests: number; bytes: number } }>;

export async function sharePointCosts(): Promise<ScreenCost[]> {
  const fake = new FakeSharePoint(SITE);
  provisionDirectly(fake);
  const server = setupServer(...fake.handlers());
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const owner = { id: 'owner@colp.example', displayName: 'Busy Owner' };
    const others = Array.from({ length: 20 }, (_, i) => fake.addUser(`other${i}@colp.example`, `Other ${i}`));
    const me = fake.addUser(owner.id, owner.displayName);
    const rows = [];
    for (let i = 0; i < 500; i += 1) {
      rows.push(await encodeWrite('actions', anAction({ owner, dueText: '31/03/2024', progress: `Progress note ${i} `.repeat(8) }) as never, async () => me.Id));
    }
    for (let i = 0; i < 1500; i += 1) {
      const other = others[i % others.length];
      rows.push(await encodeWrite('actions', anAction({ owner: { id: other?.Email ?? '', displayName: '' } }) as never, async () => other?.Id ?? 0));
    }
    fake.seedItems('Actions', rows);
    fake.seedItems('Inspections', [{ Title: 'PEEL 2025', SourceKey: 'bench:i1', Published: '2025-03-31T12:00:00Z' }]);
    fake.seedItems(
      'Recommendations',
      Array.from({ length: 60 }, (_, i) => ({ Title: `Recommendation ${i + 1} ${'text '.repeat(30)}`, InspectionIdId: 1, Number: String(i + 1), ItemKind: 'recommendation', Lifecycle: 'open', DueKind: 'date', DueText: 'June 2025', DueDate: '2025-06-30T12:00:00Z', Rag: 'AMBER', Parts: '[]', SubActions: '[]', Flags: [], SourceKey: `bench:r${i}`, OwnerId: others[i % others.length]?.Id }))
    );

    const sp = createSp({ siteUrl: SITE, getToken: async () => 'bench' });
    const measure = async (work: () => Promise<unknown>) => {
      fake.resetCounts();
      await work();
      return { requests: fake.httpRequestCount(), bytes: fake.responseBytes };
    };

    const myItemsOurs = await measure(() => myItems(new SharePointStore(sp, SITE), owner.id, '2024-04-01' as IsoDate));
    const myItemsNaive = await measure(async () => {
      const lists = ['Actions', 'Recommendations', 'Workstreams'];
      const found = [];
      for (const title of lists) {
        found.push(...((await sp.web.lists.getByTitle(title).items.filter(`OwnerId eq ${me.Id}`).top(5000)()) as Array<{ OwnerId: number }>));
      }
      for (const id of new Set(found.map((f) => f.OwnerId))) {
        await sp.web.siteUsers.getById(id)();
      }
    });

    const inspectionOurs = await measure(async () => {
      const store = new SharePointStore(sp, SITE);
      await store.queryMany<'inspections' | 'recommendations'>([
        ['inspections', { where: [{ field: 'id', op: 'eq', value: 1 }], top: 1 }],
        ['recommendations', { where: [{ field: 'inspectionId', op: 'eq', value: 1 }], top: 500 }],
      ]);
    });
    const inspectionNaive = await measure(async () => {
      await sp.web.lists.getByTitle('Inspections').items.getById(1)();
      const items = (await sp.web.lists.getByTitle('Recommendations').items.filter('InspectionIdId eq 1').top(5000)()) as Array<{ OwnerId: number }>;
      for (const id of new Set(items.map((i) => i.OwnerId))) {
        await sp.web.siteUsers.getById(id)();
      }
    });
    return [
      { screen: 'My items (500 items)', ours: myItemsOurs, naive: myItemsNaive },
      { screen: 'Inspection (60 items)', ours: inspectionOurs, naive: inspectionNaive },
    ];
  } finally {
    server.close();
  }
}
