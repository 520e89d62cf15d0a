/**
 * A reminder run on a SharePoint list past the list view threshold (6,000 actions on the
 * HTTP-level fake, which refuses a query whose first indexed clause matches more than 5,000
 * items): the run completes, reads only the open items of the due window, and costs a few dozen
 * requests rather than one per item (bench/reminders.ts measures the same at 50,000).
 */
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSp } from '../../../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../../../src/adapters/sharepoint/sharepoint-store';
import { zoneDates } from '../../../src/adapters/sharepoint/site-time-zone';
import { encodeWrite } from '../../../src/adapters/sharepoint/sp-codec';
import { addDays, type IsoDate } from '../../../src/core/dates';
import { parseDue } from '../../../src/core/due-date';
import { DEFAULT_REMINDER_POLICY } from '../../../src/core/reminder-policy';
import { dueWindow } from '../../../src/jobs/reminders/reminder-items';
import { runReminders } from '../../../src/jobs/reminders/run-reminders';
import type { Notifier } from '../../../src/ports/notifier';
import type { TrackerStore } from '../../../src/ports/tracker-store';
import { SITE, provisionDirectly } from '../../fakes/provisioned-site';
import { FakeSharePoint, VIEW_THRESHOLD } from '../../fakes/sharepoint-fake';
import { anAction } from '../../helpers/builders';
import { TODAY } from './reminder-fixture';

const ITEMS = 6_000;
const OWNERS = 50;
const owner = (i: number) => ({ id: `owner${i % OWNERS}@contoso.example`, displayName: `Owner ${i % OWNERS}` });
/** due on one of four years' days, spread; 1 in 9 closed */
const dueOf = (i: number): IsoDate => addDays('2015-01-01' as IsoDate, (i * 7919) % 1461);
const openAt = (i: number) => i % 9 !== 0;

const fake = new FakeSharePoint(SITE);
provisionDirectly(fake);
const server = setupServer(...fake.handlers());
let store: SharePointStore;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  const users = Array.from({ length: OWNERS }, (_, i) => fake.addUser(owner(i).id, owner(i).displayName));
  fake.seedItems('Boards', [{ Title: 'Board 0', SourceKey: 'large:board' }]);
  fake.seedItems('Workstreams', [{ Title: 'Workstream', WorkstreamKind: 'workstream', BoardId: 1, SourceKey: 'large:ws' }]);
  const dates = zoneDates('Europe/London');
  const rows = [];
  for (let i = 0; i < ITEMS; i += 1) {
    const due = dueOf(i);
    const parsed = parseDue(`${due.slice(8, 10)}/${due.slice(5, 7)}/${due.slice(0, 4)}`);
    const record = anAction({ owner: owner(i), workstreamId: 1 as never, dueText: parsed.text, sourceKey: `large:${i}`, lifecycle: openAt(i) ? 'open' : 'closed' });
    rows.push(await encodeWrite('actions', record as never, async () => users[i % OWNERS]?.Id ?? 0, dates));
  }
  fake.seedItems('Actions', rows);
  store = new SharePointStore(createSp({ siteUrl: SITE, getToken: async () => 't', throttle: { sleep: async () => undefined } }), SITE);
}, 120_000);
afterAll(() => server.close());

/** the store, counting the actions its queries return */
function counting(inner: TrackerStore): { store: TrackerStore; actionsRead: () => number } {
  let read = 0;
  const proxy = new Proxy(inner, {
    get(target, key, receiver) {
      if (key === 'query') {
        return async (...args: Parameters<TrackerStore['query']>) => {
          const page = await target.query(...args);
          read += args[0] === 'actions' ? page.items.length : 0;
          return page;
        };
      }
      if (key === 'queryMany') {
        return async (...args: Parameters<TrackerStore['queryMany']>) => {
          const pages = await target.queryMany(...args);
          pages.forEach((page, i) => (read += args[0][i]?.[0] === 'actions' ? page.items.length : 0));
          return pages;
        };
      }
      const value = Reflect.get(target, key, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { store: proxy, actionsRead: () => read };
}

describe('a reminder run on a list past the 5,000-item threshold', () => {
  it('completes, reading only the open items of the due window, in a small number of requests', async () => {
    expect(ITEMS).toBeGreaterThan(VIEW_THRESHOLD);
    const window = dueWindow(TODAY, DEFAULT_REMINDER_POLICY);
    const expected = Array.from({ length: ITEMS }, (_, i) => i).filter((i) => openAt(i) && dueOf(i) >= window.from && dueOf(i) <= window.to).length;
    expect(expected).toBeGreaterThan(0);
    let sent = 0;
    const notifier: Notifier = { send: async () => ((sent += 1), { outcome: 'sent' }) };
    const people = { secretaries: async () => [{ id: 'sec@contoso.example', displayName: 'Secretary' }], leads: async () => [] };
    const { store: watched, actionsRead } = counting(store);
    fake.resetCounts();
    fake.thresholdRefusals = 0;
    const summary = await runReminders({ store: watched, notifier, people }, { today: TODAY, now: () => new Date('2017-03-20T07:00:00Z'), policy: DEFAULT_REMINDER_POLICY });
    expect(summary.failed).toBe(0);
    expect(sent).toBe(summary.sent);
    expect(sent).toBeGreaterThan(0);
    expect(actionsRead()).toBe(expected);
    expect(fake.thresholdRefusals).toBe(0); // every query stayed under the threshold as asked
    expect(fake.httpRequestCount()).toBeLessThan(60);
  }, 120_000);

  it('the fake does refuse a query that would pass the threshold (what the run avoids)', async () => {
    fake.thresholdRefusals = 0;
    await store.query('actions', { where: [{ field: 'dueDate', op: 'ge', value: '2015-01-01' }] }).catch(() => undefined);
    expect(fake.thresholdRefusals).toBeGreaterThan(0);
  }, 120_000);
});
