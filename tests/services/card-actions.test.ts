import { beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import { inputId, type CardActionData } from '../../src/core/cards/card-actions';
import type { IsoDate } from '../../src/core/dates';
import { DEFAULT_REMINDER_POLICY } from '../../src/core/reminder-policy';
import { runReminders } from '../../src/jobs/reminders/run-reminders';
import type { Person } from '../../src/ports/directory';
import { queryAll } from '../../src/ports/tracker-store';
import { handleCardAction, readCardAction } from '../../src/services/card-actions';
import { RecordingNotifier, TODAY, ann, boardPeople, lee, sec, seedFixture, type Fixture } from '../jobs/reminders/reminder-fixture';

const asPerson = (p: { id: string; displayName: string }, role: Person['role'] = 'owner'): Person => ({ ...p, mail: p.id, jobTitle: null, aliases: [], role });
const annP = asPerson(ann);

let store: SqliteStore;
let fx: Fixture;
beforeEach(async () => {
  store = new SqliteStore();
  fx = await seedFixture(store, 'cards');
});

const press = (verb: CardActionData['verb'], item = fx.actions.tomorrow, inputs: Record<string, unknown> = {}, actor = annP) =>
  handleCardAction(store, {
    action: { verb, list: 'actions', id: item!.id, version: item!.version },
    inputs,
    actor,
    at: '2017-03-20T09:00:00.000Z',
    today: TODAY as IsoDate,
    policy: DEFAULT_REMINDER_POLICY,
  });

describe('card actions', () => {
  it('reads what a card sends back, naming a bad field', () => {
    expect(readCardAction({ verb: 'snooze', list: 'actions', id: 3, version: '"1"' })).toEqual({ verb: 'snooze', list: 'actions', id: 3, version: '"1"' });
    expect(() => readCardAction({ verb: 'delete', list: 'actions', id: 3, version: '"1"' })).toThrow('verb: allowed: updateProgress, proposeComplete, snooze ("delete")');
    expect(() => readCardAction({ verb: 'snooze', list: 'actions', id: -1, version: '"1"' })).toThrow('id: must be a positive whole number (-1)');
  });

  it('keeps the RED rule: RED needs a rationale, and then saves with the presser as author', async () => {
    const id = fx.actions.tomorrow!.id;
    await expect(press('updateProgress', fx.actions.tomorrow, { [inputId('rag', 'actions', id)]: 'RED' })).rejects.toThrow(/RED needs a rationale/);
    const saved = await press('updateProgress', fx.actions.tomorrow, { [inputId('rag', 'actions', id)]: 'RED', [inputId('rationale', 'actions', id)]: 'Supplier late' });
    expect(saved).toMatchObject({ outcome: 'saved', item: { rag: 'RED', ragRationale: 'Supplier late' } });
    const history = await queryAll(store, 'updates', { where: [{ field: 'itemId', op: 'eq', value: id }] });
    expect(history.map((u) => [u.author, u.newRag])).toEqual([[ann.id, 'RED']]);
  });

  it('refuses someone who may not act on the item', async () => {
    const other = asPerson({ id: 'zed@colp.example', displayName: 'Zed' });
    await expect(press('snooze', fx.actions.tomorrow, {}, other)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(press('updateProgress', fx.actions.tomorrow, { [inputId('progress', 'actions', fx.actions.tomorrow!.id)]: 'x' }, other)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets a secretary or a lead of the item’s board act on someone else’s item, as themselves; not one of another board', async () => {
    const id = fx.actions.tomorrow!.id;
    const secretary: Person = { ...asPerson(sec, 'secretary'), serves: [{ board: fx.board, role: 'secretary' }] };
    const saved = await press('updateProgress', fx.actions.tomorrow, { [inputId('progress', 'actions', id)]: 'Chased the supplier' }, secretary);
    expect(saved).toMatchObject({ outcome: 'saved', item: { progress: 'Chased the supplier' } });
    const lead: Person = { ...asPerson(lee, 'lead'), serves: [{ board: fx.board, role: 'lead' }] };
    const now = (await store.get('actions', id))!;
    expect(await press('updateProgress', now, { [inputId('rag', 'actions', id)]: 'GREEN' }, lead)).toMatchObject({ outcome: 'saved', item: { rag: 'GREEN' } });
    expect(await press('snooze', now, {}, lead)).toMatchObject({ outcome: 'snoozed' });
    const history = await queryAll(store, 'updates', { where: [{ field: 'itemId', op: 'eq', value: id }] });
    expect(history.map((u) => u.author)).toEqual([sec.id, lee.id]);
    const elsewhere: Person = { ...asPerson(sec, 'secretary'), serves: [{ board: 'Another Board', role: 'secretary' }] };
    await expect(press('snooze', fx.actions.fortnight, {}, elsewhere)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('keeps the WHITE rule: WHITE needs the organisation responsible, and then saves it', async () => {
    const id = fx.actions.tomorrow!.id;
    await expect(press('updateProgress', fx.actions.tomorrow, { [inputId('rag', 'actions', id)]: 'WHITE' })).rejects.toThrow(/WHITE needs the organisation/);
    expect((await store.get('actions', id))?.rag).toBe('AMBER');
    const saved = await press('updateProgress', fx.actions.tomorrow, { [inputId('rag', 'actions', id)]: 'WHITE', [inputId('org', 'actions', id)]: 'Home Office' });
    expect(saved).toMatchObject({ outcome: 'saved', item: { rag: 'WHITE', responsibleOrg: 'Home Office' } });
  });

  it('proposes complete with a note and evidence, as the presser', async () => {
    const id = fx.actions.tomorrow!.id;
    const result = await press('proposeComplete', fx.actions.tomorrow, { [inputId('note', 'actions', id)]: 'Done', [inputId('link', 'actions', id)]: 'https://intranet.example/evidence' });
    expect(result).toMatchObject({ outcome: 'proposed', item: { lifecycle: 'closure-proposed' } });
  });

  it('snoozes a week: the next run sends the presser nothing about it, and the schedule resumes after', async () => {
    const result = await press('snooze');
    expect(result.message).toContain('until 2017-03-27');
    const notifier = new RecordingNotifier();
    const options = { today: TODAY, now: () => new Date('2017-03-20T10:00:00Z'), policy: DEFAULT_REMINDER_POLICY, board: fx.board };
    const run = await runReminders({ store, notifier, people: boardPeople() }, options);
    const annItems = run.digests.filter((d) => d.to.id === ann.id).flatMap((d) => d.items.map((i) => i.title));
    expect(annItems).toEqual(['overdue']); // "tomorrow" is snoozed; the other item is not
    const later = await runReminders({ store, notifier, people: boardPeople() }, { ...options, today: '2017-03-28' as IsoDate });
    expect(later.digests.flatMap((d) => d.items.filter((i) => i.title === 'tomorrow').map((i) => i.rule))).toEqual(['overdue']);
  });

  it('answers a stale card with what the item is now beside what was written', async () => {
    const item = fx.actions.tomorrow!;
    await store.update('actions', item.id, item.version, { progress: 'someone else' });
    const result = await press('updateProgress', item, { [inputId('rag', 'actions', item.id)]: 'GREEN' });
    expect(result).toMatchObject({ outcome: 'conflict', item: { progress: 'someone else' }, attempted: { rag: 'GREEN' } });
  });
});
