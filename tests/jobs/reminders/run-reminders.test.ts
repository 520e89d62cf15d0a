import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSp } from '../../../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../../../src/adapters/sharepoint/sharepoint-store';
import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store';
import { DEFAULT_REMINDER_POLICY } from '../../../src/core/reminder-policy';
import { runReminders } from '../../../src/jobs/reminders/run-reminders';
import { SITE, startFakeSite } from '../../fakes/provisioned-site';
import { FakeTenantDirectory } from '../../fakes/tenant-directory';
import { reminderRunContract } from './run-reminders.contract';
import { parseDue } from '../../../src/core/due-date';
import { queryAll } from '../../../src/ports/tracker-store';
import { aRecommendation } from '../../helpers/board-builders';
import { RecordingNotifier, TODAY, bo, boardPeople, describeDigests, lee, sec, seedFixture } from './reminder-fixture';

let site: ReturnType<typeof startFakeSite>;
beforeAll(() => {
  // the run's people are made up as the suite goes: everyone at colp.example is in this tenant
  site = startFakeSite({ directory: new FakeTenantDirectory(['colp.example']) });
});
afterAll(() => site.close());

reminderRunContract('SQLite', () => new SqliteStore());
reminderRunContract('SharePoint (HTTP-level fake)', () =>
  new SharePointStore(createSp({ siteUrl: SITE, getToken: async () => 't', throttle: { sleep: async () => undefined } }), SITE)
);

describe('reminder run options', () => {
  it('refuses a board that does not exist, naming the boards there are', async () => {
    const store = new SqliteStore();
    await seedFixture(store, 'x');
    await expect(
      runReminders({ store, notifier: new RecordingNotifier(), people: boardPeople() }, { today: TODAY, now: () => new Date(), policy: DEFAULT_REMINDER_POLICY, board: 'Nope' })
    ).rejects.toThrow('board: no such board; boards: E&I Board x ("Nope")');
  });
});

describe('escalation of inspection recommendations', () => {
  it('goes, 14 days overdue, to the board’s first lead (inspections have no lead of their own) and its secretaries', async () => {
    const store = new SqliteStore();
    const fx = await seedFixture(store, 'rec');
    const board = (await queryAll(store, 'boards', { where: [{ field: 'id', op: 'ge', value: 1 }] })).find((b) => b.title === fx.board)!;
    const inspection = await store.add('inspections', {
      title: 'PEEL 2016',
      bodies: ['HMICFRS'],
      scope: 'force',
      reportType: null,
      publishedText: null,
      published: null,
      sourceSummary: null,
      boardId: board.id,
      sourceKey: 'insp:peel-2016',
    });
    const due = parseDue('01/03/2017'); // 19 days overdue on 2017-03-20
    await store.add('recommendations', aRecommendation(inspection.id, { title: 'late rec', owner: bo, ownerText: bo.displayName, dueText: '01/03/2017', dueDate: due.date, dueKind: due.kind, duePrecision: due.precision }));
    const recent = parseDue('13/03/2017'); // 7 days overdue: not yet escalated
    await store.add('recommendations', aRecommendation(inspection.id, { title: 'recent rec', owner: bo, ownerText: bo.displayName, dueText: '13/03/2017', dueDate: recent.date, dueKind: recent.kind, duePrecision: recent.precision }));
    const first = { id: 'first.lead@colp.example', displayName: 'First Lead' };
    const second = { id: 'second.lead@colp.example', displayName: 'Second Lead' };
    const people = { secretaries: async () => [sec], leads: async () => [first, second] };
    const run = await runReminders({ store, notifier: new RecordingNotifier(), people }, { today: TODAY, now: () => new Date('2017-03-20T07:00:00Z'), policy: DEFAULT_REMINDER_POLICY });
    // the action's escalation goes to its workstream's owner (Lee); the recommendation's to the board's first lead
    expect(describeDigests(run.digests.filter((d) => d.kind === 'escalation')).sort()).toEqual([
      `escalation ${first.id}: late rec/overdue`,
      `escalation ${lee.id}: overdue/overdue`,
      `escalation ${sec.id}: overdue/overdue, late rec/overdue`,
    ]);
    expect(run.digests.some((d) => d.to.id === second.id)).toBe(false);
  });
});
