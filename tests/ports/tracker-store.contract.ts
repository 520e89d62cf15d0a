/**
 * The TrackerStore contract: every adapter (SQLite, HTTP through the local server, and
 * SharePoint through its HTTP fake) must pass exactly these tests.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { DuplicateKeyError, QueryNotIndexedError, VersionConflictError, NotFoundError } from '../../src/core/errors';
import { asItemId, type ReminderLogEntry } from '../../src/core/model';
import { queryAll, type TrackerStore } from '../../src/ports/tracker-store';
import { anAction, anUpdate } from '../helpers/builders';

/**
 * `ledgers: false` for a store that cannot write the reminder ledger: the HTTP store goes
 * through the local server's raw list endpoints, which refuse lists the server keeps itself
 * (server/trusted-writes.ts); the reminder run writes the ledger through SQLite or SharePoint.
 */
export function trackerStoreContract(name: string, makeStore: () => Promise<TrackerStore> | TrackerStore, options: { ledgers?: boolean } = {}): void {
  const ledgers = options.ledgers ?? true;
  describe(`TrackerStore contract: ${name}`, () => {
    let store: TrackerStore;
    beforeEach(async () => {
      store = await makeStore();
    });

    it('adds an item and reads it back whole, with an id and a version', async () => {
      const action = anAction({ protectedCharacteristics: ['Age', 'Race'], internalDeadline: true });
      const saved = await store.add('actions', action);
      expect(saved.id).toBeGreaterThan(0);
      expect(typeof saved.version).toBe('string');
      const read = await store.get('actions', saved.id);
      // A person's display name is the directory's (SharePoint reads it from the profile): the id round-trips.
      expect(read).toMatchObject({ ...action, owner: expect.objectContaining({ id: action.owner?.id }), id: saved.id, version: saved.version });
      expect(read?.owner?.displayName).toEqual(expect.any(String));
    });

    it('adds several items at once, in the order given, each read back whole with its own id', async () => {
      const records = Array.from({ length: 7 }, (_, i) => anAction({ title: `Bulk ${i}`, rag: i % 2 ? 'RED' : 'GREEN', ragRationale: i % 2 ? 'Late' : null }));
      const saved = await store.addMany('actions', records);
      expect(saved.map((s) => s.title)).toEqual(records.map((r) => r.title));
      expect(new Set(saved.map((s) => s.id)).size).toBe(7);
      for (const [i, item] of saved.entries()) {
        expect(await store.get('actions', item.id)).toMatchObject({ title: `Bulk ${i}`, rag: records[i]?.rag, version: item.version });
      }
      expect(await store.addMany('actions', [])).toEqual([]);
    });

    it('returns null for an item that does not exist', async () => {
      expect(await store.get('actions', asItemId(987654))).toBeNull();
    });

    it('updates at the current version and moves the version on', async () => {
      const saved = await store.add('actions', anAction());
      const updated = await store.update('actions', saved.id, saved.version, { rag: 'RED', ragRationale: 'Late' });
      expect(updated.rag).toBe('RED');
      expect(updated.title).toBe(saved.title);
      expect(updated.version).not.toBe(saved.version);
    });

    it('refuses an update at a stale version and hands back the current item', async () => {
      const saved = await store.add('actions', anAction());
      const first = await store.update('actions', saved.id, saved.version, { progress: 'first' });
      const error = await store.update('actions', saved.id, saved.version, { progress: 'second' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(VersionConflictError);
      expect((error as VersionConflictError<{ progress: string }>).current.progress).toBe('first');
      expect((await store.get('actions', saved.id))?.version).toBe(first.version);
    });

    it('says not found when updating an item that does not exist', async () => {
      await expect(store.update('actions', asItemId(987654), '"1"', { progress: 'x' })).rejects.toBeInstanceOf(NotFoundError);
    });

    it('saves an edit with its history record together', async () => {
      const saved = await store.add('actions', anAction());
      const updated = await store.updateWithHistory('actions', saved.id, saved.version, { rag: 'GREEN' }, anUpdate(saved.id));
      expect(updated.rag).toBe('GREEN');
      const history = await store.query('updates', { where: [{ field: 'itemId', op: 'eq', value: saved.id }] });
      expect(history.items.map((u) => u.newRag)).toEqual(['GREEN']);
    });

    it('writes no history when the edit is refused as stale', async () => {
      const saved = await store.add('actions', anAction());
      await store.update('actions', saved.id, saved.version, { progress: 'first' });
      await expect(
        store.updateWithHistory('actions', saved.id, saved.version, { rag: 'GREEN' }, anUpdate(saved.id))
      ).rejects.toBeInstanceOf(VersionConflictError);
      const history = await store.query('updates', { where: [{ field: 'itemId', op: 'eq', value: saved.id }] });
      expect(history.items).toHaveLength(0);
    });

    it('filters on an indexed column, by person, and by date range', async () => {
      const me = { id: 'contract.owner@colp.example', displayName: 'Contract Owner' };
      await store.add('actions', anAction({ owner: me, dueText: '01/02/2024' }));
      await store.add('actions', anAction({ owner: me, dueText: '01/06/2024', rag: 'RED', ragRationale: 'x' }));
      await store.add('actions', anAction({ owner: null, dueText: '01/03/2024' }));
      const mine = await store.query('actions', { where: [{ field: 'owner', op: 'eq', value: me.id }] });
      expect(mine.items).toHaveLength(2);
      const early = await store.query('actions', {
        where: [
          { field: 'owner', op: 'eq', value: me.id },
          { field: 'dueDate', op: 'le', value: '2024-03-31' },
        ],
      });
      expect(early.items.map((a) => a.dueDate)).toEqual(['2024-02-01']);
      const red = await store.query('actions', {
        where: [
          { field: 'owner', op: 'eq', value: me.id },
          { field: 'rag', op: 'in', value: ['RED', 'AMBER'] },
        ],
        orderBy: [{ field: 'dueDate', descending: true }],
      });
      expect(red.items.map((a) => a.dueDate)).toEqual(['2024-06-01', '2024-02-01']);
    });

    it('keeps a due date the same calendar day in summer and winter time, and day bounds include the day itself', async () => {
      // 31 March and 27 October 2024 are the UK's clock-change days; 15 June is in summer time
      const days = ['2024-01-15', '2024-03-31', '2024-06-15', '2024-10-27', '2024-12-31'];
      const run = `dates:${Date.now()}:${Math.random()}`;
      const keys = days.map((d) => `${run}:${d}`);
      for (const [i, day] of days.entries()) {
        const [y, m, d] = day.split('-');
        await store.add('actions', anAction({ sourceKey: keys[i] as string, dueText: `${d}/${m}/${y}` }));
      }
      const all = await store.query('actions', { where: [{ field: 'sourceKey', op: 'in', value: keys }], orderBy: [{ field: 'dueDate' }], top: 10 });
      expect(all.items.map((a) => a.dueDate)).toEqual(days);
      for (const day of days) {
        const on = async (where: Array<{ op: 'eq' | 'ge' | 'le' | 'gt' | 'lt'; value: string }>) =>
          (
            await store.query('actions', {
              where: [{ field: 'sourceKey', op: 'in', value: keys }, ...where.map((w) => ({ field: 'dueDate' as const, ...w }))],
              top: 10,
            })
          ).items.map((a) => a.dueDate);
        expect(await on([{ op: 'eq', value: day }])).toEqual([day]);
        expect(await on([{ op: 'ge', value: day }, { op: 'le', value: day }])).toEqual([day]);
        expect(await on([{ op: 'gt', value: day }])).not.toContain(day);
        expect(await on([{ op: 'lt', value: day }])).not.toContain(day);
      }
    });

    it('refuses a query whose first filter is not on an indexed column', async () => {
      await expect(store.query('actions', { where: [{ field: 'progress', op: 'eq', value: 'x' }] })).rejects.toBeInstanceOf(
        QueryNotIndexedError
      );
      await expect(store.query('actions', { where: [] })).rejects.toBeInstanceOf(QueryNotIndexedError);
    });

    it('refuses a page larger than 500', async () => {
      await expect(
        store.query('actions', { where: [{ field: 'lifecycle', op: 'eq', value: 'open' }], top: 501 })
      ).rejects.toThrow(/top: a page is 1 to 500 items/);
    });

    it('pages through results with a cursor, each item once', async () => {
      const owner = { id: `pager.${Date.now()}@colp.example`, displayName: 'Pager' };
      for (let i = 0; i < 7; i += 1) {
        await store.add('actions', anAction({ owner }));
      }
      const first = await store.query('actions', { where: [{ field: 'owner', op: 'eq', value: owner.id }], top: 3 });
      expect(first.items).toHaveLength(3);
      expect(first.next).not.toBeNull();
      const all = await queryAll(store, 'actions', { where: [{ field: 'owner', op: 'eq', value: owner.id }], top: 3 });
      expect(new Set(all.map((a) => a.id)).size).toBe(7);
    });

    it('answers several queries at once, in the order asked', async () => {
      const owner = { id: `many.${Date.now()}@colp.example`, displayName: 'Many' };
      await store.add('actions', anAction({ owner }));
      await store.add('actions', anAction({ owner }));
      const [mine, open] = await store.queryMany([
        ['actions', { where: [{ field: 'owner', op: 'eq', value: owner.id }] }],
        ['actions', { where: [{ field: 'owner', op: 'eq', value: owner.id }, { field: 'rag', op: 'eq', value: 'RED' }] }],
      ]);
      expect(mine?.items).toHaveLength(2);
      expect(open?.items).toHaveLength(0);
    });

    it('keeps a title or an update longer than 255 characters whole, and finds an item by its long title', async () => {
      // a recommendation's own text runs to 1,600 characters; SharePoint's Title column holds 255
      const long = `Forces should ${'make sure that every stop and search is recorded, reviewed and explained to the person searched; '.repeat(16)}`.trim();
      expect(long.length).toBeGreaterThan(1500);
      const action = anAction({ title: long });
      const saved = await store.add('actions', action);
      expect((await store.get('actions', saved.id))?.title).toBe(long);
      const found = await store.query('actions', { where: [{ field: 'sourceKey', op: 'eq', value: action.sourceKey }, { field: 'title', op: 'eq', value: long }] });
      expect(found.items.map((a) => a.title)).toEqual([long]);
      const shorter = await store.update('actions', saved.id, saved.version, { title: 'Record every stop and search' });
      expect((await store.get('actions', saved.id))?.title).toBe('Record every stop and search');
      const note = `Progress: ${'the audit of body-worn video found gaps in two boroughs, now closed; '.repeat(10)}`;
      await store.updateWithHistory('actions', saved.id, shorter.version, { rag: 'AMBER' }, anUpdate(saved.id, { text: note }));
      const history = await store.query('updates', { where: [{ field: 'itemId', op: 'eq', value: saved.id }] });
      expect(history.items.map((u) => u.text)).toEqual([note]);
    });

    it('finds an item by its source key (what makes imports idempotent)', async () => {
      const action = anAction();
      const saved = await store.add('actions', action);
      const found = await store.query('actions', { where: [{ field: 'sourceKey', op: 'eq', value: action.sourceKey }] });
      expect(found.items.map((a) => a.id)).toEqual([saved.id]);
    });

    if (ledgers) {
      it('refuses a second item with the same unique key as DUPLICATE_KEY, keeping the first', async () => {
        const entry = aLogEntry(`dup:${Date.now()}`);
        const first = await store.add('reminderLog', entry);
        const error = await store.add('reminderLog', { ...entry, outcome: 'sent' }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(DuplicateKeyError);
        expect(error).toMatchObject({ code: 'DUPLICATE_KEY', field: 'key', value: entry.key });
        const held = await store.query('reminderLog', { where: [{ field: 'key', op: 'eq', value: entry.key }] });
        expect(held.items.map((r) => [r.id, r.outcome])).toEqual([[first.id, 'claimed']]);
      });

      it('lets exactly one of several concurrent adds claim a unique key', async () => {
        const key = `race:${Date.now()}`;
        const results = await Promise.allSettled(Array.from({ length: 4 }, () => store.add('reminderLog', aLogEntry(key))));
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        for (const r of results.filter((x) => x.status === 'rejected')) {
          expect((r as PromiseRejectedResult).reason).toBeInstanceOf(DuplicateKeyError);
        }
      });

      it('adds each record on its own: a duplicate key refuses that one only, the others are in with their versions', async () => {
        const tag = `each:${Date.now()}:${Math.random()}`;
        await store.add('reminderLog', aLogEntry(`${tag}:taken`));
        const results = await store.addEach('reminderLog', [aLogEntry(`${tag}:a`), aLogEntry(`${tag}:taken`), aLogEntry(`${tag}:b`)]);
        expect(results.map((r) => r.ok)).toEqual([true, false, true]);
        expect(results[1]).toMatchObject({ ok: false, error: expect.any(DuplicateKeyError) });
        for (const r of [results[0], results[2]]) {
          const stored = r?.ok ? await store.get('reminderLog', r.id) : null;
          expect(stored?.version).toBe(r?.ok ? r.version : 'not added');
        }
        expect(await store.addEach('reminderLog', [])).toEqual([]);
      });

      it('changes each item at its own version: a stale one is refused alone, the others move on', async () => {
        const tag = `upd:${Date.now()}:${Math.random()}`;
        const [a, b] = await Promise.all([store.add('reminderLog', aLogEntry(`${tag}:a`)), store.add('reminderLog', aLogEntry(`${tag}:b`))]);
        if (!a || !b) {
          throw new Error('setup');
        }
        await store.update('reminderLog', b.id, b.version, { outcome: 'failed' });
        const results = await store.updateEach('reminderLog', [
          { id: a.id, version: a.version, patch: { outcome: 'sent' } },
          { id: b.id, version: b.version, patch: { outcome: 'sent' } },
        ]);
        expect(results[0]).toMatchObject({ ok: true, id: a.id });
        expect(results[1]).toMatchObject({ ok: false, error: expect.any(VersionConflictError) });
        const nowA = await store.get('reminderLog', a.id);
        expect(nowA).toMatchObject({ outcome: 'sent', version: results[0]?.ok ? results[0].version : 'changed' });
        expect((await store.get('reminderLog', b.id))?.outcome).toBe('failed');
      });

      it('lists every row of a list by id, even one with no source key (ReminderLog)', async () => {
        const added = await store.add('reminderLog', aLogEntry(`all:${Date.now()}`));
        const all = await queryAll(store, 'reminderLog', { where: [{ field: 'id', op: 'ge', value: 1 }] });
        expect(all.map((r) => r.id)).toContain(added.id);
      });
    }
  });
}

function aLogEntry(key: string): ReminderLogEntry {
  return {
    key,
    list: 'actions',
    itemId: asItemId(1),
    rule: 'before-7',
    dueDate: '2017-03-27' as ReminderLogEntry['dueDate'],
    recipient: 'ann@x',
    outcome: 'claimed',
    at: '2017-03-20T07:00:00.000Z',
  };
}
