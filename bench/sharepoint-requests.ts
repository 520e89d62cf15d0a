/**
 * HTTP requests and bytes per screen through the SharePoint adapter, beside the same data
 * loaded the naive way (PnPjs defaults: no $select, no $expand, no batch, a request per
 * owner to learn their name). Measured on the HTTP-level SharePoint fake.
 */
import { zoneDates } from '../src/adapters/sharepoint/site-time-zone';
import { setupServer } from 'msw/node';
import { createSp } from '../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../src/adapters/sharepoint/sharepoint-store';
import { encodeWrite } from '../src/adapters/sharepoint/sp-codec';

import type { IsoDate } from '../src/core/dates';
import { myItems } from '../src/services/items';
import { NO_FILTER, scopeOf } from '../src/core/item-filter';
import type { ItemId } from '../src/core/model';
import { inspectionDetail, listInspections } from '../src/services/inspections';
import { listItems } from '../src/services/list-items';
import { listPlans, planDetail } from '../src/services/plans';
import { listTemplates } from '../src/services/templates';
import { unassignedItems } from '../src/services/unassigned';
import { listWorkstreams, workstreamDetail } from '../src/services/workstreams';
import { loadSeed } from '../src/seed/load-seed';
import { LOCAL_PEOPLE } from '../src/seed/people';
import { readSeed } from '../src/seed/read-seed';
import { planSeed } from '../src/seed/seed-plan';
import { SITE, provisionDirectly } from '../tests/fakes/provisioned-site';
import { FakeSharePoint } from '../tests/fakes/sharepoint-fake';
import { anAction } from '../tests/helpers/builders';

/** a UK site, as the fake is by default: how DateOnly values are written for it */
const UK_DATES = zoneDates('Europe/London');

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
      rows.push(await encodeWrite('actions', anAction({ owner, dueText: '31/03/2024', progress: `Progress note ${i} `.repeat(8) }) as never, async () => me.Id, UK_DATES));
    }
    for (let i = 0; i < 1500; i += 1) {
      const other = others[i % others.length];
      rows.push(await encodeWrite('actions', anAction({ owner: { id: other?.Email ?? '', displayName: '' } }) as never, async () => other?.Id ?? 0, UK_DATES));
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
    // The other screens, over the seeds as well: ours through the services the tab calls; the
    // naive way reads every list the screen shows whole, with no $select, and asks the site for
    // each person by id.
    for (const person of LOCAL_PEOPLE) {
      fake.addUser(person.id, person.displayName);
    }
    const seeded = new SharePointStore(sp, SITE);
    await loadSeed(seeded, planSeed(readSeed(), LOCAL_PEOPLE));
    const naiveRead = async (titles: readonly string[]): Promise<void> => {
      const owners = new Set<number>();
      for (const title of titles) {
        for await (const page of sp.web.lists.getByTitle(title).items.top(5000)) {
          for (const item of page as Array<{ OwnerId?: number | null }>) {
            if (item.OwnerId) {
              owners.add(item.OwnerId);
            }
          }
        }
      }
      for (const id of owners) {
        await sp.web.siteUsers.getById(id)();
      }
    };
    const asOf = '2024-04-01' as IsoDate;
    const strand = (await listWorkstreams(seeded))[0]?.id as ItemId;
    const report = (await listInspections(seeded)).at(-1)?.id as ItemId;
    const plans = await listPlans(seeded);
    const board = plans[0]?.boardId as ItemId;
    const items = ['Actions', 'Recommendations', 'Workstreams', 'Boards', 'Inspections'];
    const screens: Array<[string, () => Promise<unknown>, readonly string[]]> = [
      ['All items (open, anyone)', () => listItems(new SharePointStore(sp, SITE), scopeOf(NO_FILTER, owner.id), asOf), items],
      ['Unassigned', () => unassignedItems(new SharePointStore(sp, SITE), asOf), items],
      ['Workstreams', () => listWorkstreams(new SharePointStore(sp, SITE)), ['Workstreams', 'Boards', 'Updates']],
      ['A workstream', () => workstreamDetail(new SharePointStore(sp, SITE), strand), ['Workstreams', 'Actions', 'Updates']],
      ['Inspections', () => listInspections(new SharePointStore(sp, SITE)), ['Inspections', 'Recommendations']],
      ['An inspection (seeded)', () => inspectionDetail(new SharePointStore(sp, SITE), report), ['Inspections', 'Recommendations']],
      ['Action plans', () => listPlans(new SharePointStore(sp, SITE)), ['Boards', 'Workstreams', 'Actions']],
      ['An action plan', () => planDetail(new SharePointStore(sp, SITE), board), ['Boards', 'Workstreams', 'Actions']],
      ['Templates', () => listTemplates(new SharePointStore(sp, SITE)), ['Workstreams', 'Actions']],
    ];
    const moreScreens: ScreenCost[] = [];
    for (const [screen, ours, lists] of screens) {
      moreScreens.push({ screen, ours: await measure(ours), naive: await measure(() => naiveRead(lists)) });
    }
    return [
      { screen: 'My items (500 items)', ours: myItemsOurs, naive: myItemsNaive },
      { screen: 'Inspection (60 items)', ours: inspectionOurs, naive: inspectionNaive },
      ...moreScreens,
    ];
  } finally {
    server.close();
  }
}
