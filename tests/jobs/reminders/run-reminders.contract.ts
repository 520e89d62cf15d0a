/**
 * The reminder run against a store: the same suite runs on SQLite and on the SharePoint fake,
 * including two overlapping runs that must never send one nudge twice.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { runSummaryJson } from '../../../src/core/reminder-digest';
import { DEFAULT_REMINDER_POLICY } from '../../../src/core/reminder-policy';
import { parseDue } from '../../../src/core/due-date';
import { runReminders, type RunOptions } from '../../../src/jobs/reminders/run-reminders';
import { queryAll, type TrackerStore } from '../../../src/ports/tracker-store';
import { RecordingNotifier, TODAY, ann, bo, boardPeople, describeDigests, lee, sec, seedFixture, type Fixture } from './reminder-fixture';

export function reminderRunContract(name: string, makeStore: () => Promise<TrackerStore> | TrackerStore): void {
  describe(`reminder run: ${name}`, () => {
    let store: TrackerStore;
    let fixture: Fixture;
    let clock: number;
    const options = (over: Partial<RunOptions> = {}): RunOptions => ({
      today: TODAY,
      now: () => new Date((clock += 1000)),
      policy: DEFAULT_REMINDER_POLICY,
      board: fixture.board,
      ...over,
    });

    beforeEach(async () => {
      store = await makeStore();
      fixture = await seedFixture(store);
      clock = Date.parse('2017-03-20T07:00:00Z');
    });

    it('sends one digest per recipient and kind, and a second run sends nothing', async () => {
      const notifier = new RecordingNotifier();
      const first = await runReminders({ store, notifier, people: boardPeople() }, options());
      expect(describeDigests(first.digests)).toEqual([
        `owner ${ann.id}: overdue/overdue, tomorrow/before-1`,
        `owner ${bo.id}: fortnight/before-14`,
        `unassigned ${sec.id}: unassigned/before-7`,
        `escalation ${lee.id}: overdue/overdue`,
        `escalation ${sec.id}: overdue/overdue`,
        `needs-date ${lee.id}: tbc/needs-date`,
      ]);
      expect([first.sent, first.skipped, first.failed]).toEqual([6, 0, 0]);
      expect(notifier.sent).toHaveLength(6);

      const again = await runReminders({ store, notifier, people: boardPeople() }, options());
      expect(runSummaryJson(again)).toEqual({ today: '2017-03-20', digests: [], sent: 0, skipped: 0, failed: 0 });
      expect(notifier.sent).toHaveLength(6);
    });

    it('prints exactly the documented JSON shape', async () => {
      const summary = await runReminders({ store, notifier: new RecordingNotifier(), people: boardPeople() }, options({ dryRun: true }));
      const json = runSummaryJson(summary) as { digests: Array<{ to: object; kind: string; items: object[] }> };
      expect(Object.keys(json)).toEqual(['today', 'digests', 'sent', 'skipped', 'failed']);
      const first = json.digests[0];
      expect(first?.to).toEqual({ id: ann.id, displayName: expect.any(String) }); // SharePoint names people from their profile
      expect(Object.keys(first?.items[0] ?? {})).toEqual(['list', 'id', 'ref', 'title', 'dueText', 'dueDate', 'rule', 'rag', 'lifecycle']);
      expect(first?.items[1]).toEqual({
        list: 'actions',
        id: fixture.actions.tomorrow?.id,
        ref: 'tomorrow',
        title: 'tomorrow',
        dueText: '21/03/2017',
        dueDate: '2017-03-21',
        rule: 'before-1',
        rag: 'AMBER',
        lifecycle: 'open',
      });
    });

    it('plans without claiming or sending on a dry run', async () => {
      const notifier = new RecordingNotifier();
      const dry = await runReminders({ store, notifier, people: boardPeople() }, options({ dryRun: true }));
      expect([dry.sent, dry.skipped, dry.failed, dry.digests.length]).toEqual([0, 6, 0, 6]);
      expect(notifier.sent).toHaveLength(0);
      const real = await runReminders({ store, notifier, people: boardPeople() }, options());
      expect(real.sent).toBe(6);
    });

    it('records a failed send and retries it next run; one bad recipient never stops the run', async () => {
      const failing = new RecordingNotifier({ [bo.id]: { outcome: 'throttled', retryAfterSeconds: 30 }, [lee.id]: 'throw' });
      const first = await runReminders({ store, notifier: failing, people: boardPeople() }, options());
      expect([first.sent, first.skipped, first.failed]).toEqual([3, 0, 3]);
      const rows = await queryAll(store, 'reminderLog', { where: [{ field: 'itemId', op: 'eq', value: fixture.actions.fortnight?.id }] });
      expect(rows.map((r) => [r.rule, r.outcome])).toEqual([['before-14', 'throttled']]);

      const retry = new RecordingNotifier();
      const second = await runReminders({ store, notifier: retry, people: boardPeople() }, options());
      expect(describeDigests(second.digests)).toEqual([
        `owner ${bo.id}: fortnight/before-14`,
        `escalation ${lee.id}: overdue/overdue`,
        `needs-date ${lee.id}: tbc/needs-date`,
      ]);
      expect([second.sent, second.failed]).toEqual([3, 0]);
      const after = await queryAll(store, 'reminderLog', { where: [{ field: 'itemId', op: 'eq', value: fixture.actions.fortnight?.id }] });
      expect(after.map((r) => r.outcome)).toEqual(['sent']);
    });

    it('re-arms an item whose due date moves', async () => {
      await runReminders({ store, notifier: new RecordingNotifier(), people: boardPeople() }, options());
      const item = fixture.actions.tomorrow;
      if (!item) {
        throw new Error('fixture');
      }
      const due = parseDue('22/03/2017');
      await store.update('actions', item.id, item.version, { dueText: due.text, dueDate: due.date });
      const notifier = new RecordingNotifier();
      const later = await runReminders({ store, notifier, people: boardPeople() }, options());
      expect(describeDigests(later.digests)).toEqual([`owner ${ann.id}: tomorrow/before-7`]);
    });

    it('reports items of a board with no secretary as failed, never drops them', async () => {
      const summary = await runReminders({ store, notifier: new RecordingNotifier(), people: boardPeople([]) }, options());
      const unassigned = summary.digests.find((d) => d.kind === 'unassigned');
      expect(unassigned?.to.id).toBe('');
      expect(summary.failed).toBe(1);
    });

    it('never sends a nudge twice when two runs overlap', async () => {
      const a = new RecordingNotifier();
      const b = new RecordingNotifier();
      const [ra, rb] = await Promise.all([
        runReminders({ store, notifier: a, people: boardPeople() }, options()),
        runReminders({ store, notifier: b, people: boardPeople() }, options()),
      ]);
      const keys = [...a.sent, ...b.sent].flatMap((d) => d.items.map((i) => `${d.to.id}:${i.list}:${i.id}:${i.rule}`));
      expect(keys).toHaveLength(new Set(keys).size);
      expect(keys.sort()).toHaveLength(7); // every nudge of the fixture, once
      expect(ra.sent + rb.sent).toBeGreaterThanOrEqual(6);
      expect(ra.failed + rb.failed).toBe(0);
      const third = await runReminders({ store, notifier: new RecordingNotifier(), people: boardPeople() }, options());
      expect(third.digests).toEqual([]);
    });
  });
}
