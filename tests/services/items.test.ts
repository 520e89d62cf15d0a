import { beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import { ForbiddenError, RuleViolationError, VersionConflictError, InvalidValueError } from '../../src/core/errors';
import type { IsoDate } from '../../src/core/dates';
import { validateEdit } from '../../src/core/item-edit';
import type { TrackedItem } from '../../src/core/tracked-item';
import { LOCAL_PEOPLE } from '../../src/seed/people';
import { historyOf, myItems, saveEdit } from '../../src/services/items';
import { anAction } from '../helpers/builders';
import type { Person } from '../../src/ports/directory';

const ds = LOCAL_PEOPLE.find((p) => p.aliases.includes('DS')) as Person;
const secretary = LOCAL_PEOPLE.find((p) => p.role === 'secretary') as Person;
const member = LOCAL_PEOPLE.find((p) => p.role === 'member') as Person;
const asOf = '2024-04-15' as IsoDate;
const me = { id: ds.id, displayName: ds.displayName };

describe('items use cases', () => {
  let store: SqliteStore;
  beforeEach(() => {
    store = new SqliteStore();
  });

  it('lists my items overdue first, then by due date, undated and closed last', async () => {
    await store.add('actions', anAction({ owner: me, title: 'later', dueText: '30/06/2024' }));
    await store.add('actions', anAction({ owner: me, title: 'undated', dueText: 'TBC' }));
    await store.add('actions', anAction({ owner: me, title: 'long overdue', dueText: 'Aug-12' }));
    await store.add('actions', anAction({ owner: me, title: 'overdue', dueText: '01/03/2024' }));
    await store.add('actions', anAction({ owner: me, title: 'done', dueText: 'Aug-12', lifecycle: 'closed' }));
    await store.add('actions', anAction({ owner: null, title: 'not mine' }));
    const items = await myItems(store, ds.id, asOf);
    expect(items.map((i) => i.title)).toEqual(['long overdue', 'overdue', 'later', 'undated', 'done']);
  });

  it('saves an edit with a history record of who, when, previous and new RAG', async () => {
    const a = await store.add('actions', anAction({ owner: me, rag: 'AMBER' }));
    const saved = await saveEdit(store, {
      list: 'actions', id: a.id, version: a.version, actor: ds, at: '2024-04-15T09:00:00.000Z',
      edit: { rag: 'GREEN', progress: 'Delivered', dueText: 'Q4 23/24' },
    });
    expect(saved).toMatchObject({ rag: 'GREEN', progress: 'Delivered', due: { text: 'Q4 23/24', date: '2024-03-31' } });
    const [update] = await historyOf(store, 'actions', a.id);
    expect(update).toMatchObject({ author: ds.id, previousRag: 'AMBER', newRag: 'GREEN', at: '2024-04-15T09:00:00.000Z' });
    expect(update?.text).toBe('Delivered\nDue: 31/03/2024 → Q4 23/24');
  });

  it('records a RED’s rationale in the history, with the move to RED and whenever it is rewritten', async () => {
    const a = await store.add('actions', anAction({ owner: me, rag: 'AMBER' }));
    const at = '2024-04-15T09:00:00.000Z';
    const red = await saveEdit(store, { list: 'actions', id: a.id, version: a.version, actor: ds, at, edit: { rag: 'RED', ragRationale: 'Funding withdrawn' } });
    expect((await historyOf(store, 'actions', a.id))[0]).toMatchObject({ newRag: 'RED', text: 'Why it is red: Funding withdrawn' });
    const rewritten = await saveEdit(store, { list: 'actions', id: a.id, version: red.version, actor: ds, at, edit: { ragRationale: 'Funding withdrawn until April' } });
    // progress alone on a RED item does not repeat an unchanged reason
    await saveEdit(store, { list: 'actions', id: a.id, version: rewritten.version, actor: ds, at, edit: { progress: 'Bid resubmitted' } });
    expect((await historyOf(store, 'actions', a.id)).map((u) => u.text)).toEqual([
      'Bid resubmitted',
      'Why it is red: Funding withdrawn until April',
      'Why it is red: Funding withdrawn',
    ]);
  });

  it('refuses a stale save with the current item for the merge', async () => {
    const a = await store.add('actions', anAction({ owner: me }));
    await saveEdit(store, { list: 'actions', id: a.id, version: a.version, actor: ds, at: '2024-04-15T09:00:00Z', edit: { progress: 'one' } });
    const error = await saveEdit(store, {
      list: 'actions', id: a.id, version: a.version, actor: ds, at: '2024-04-15T09:01:00Z', edit: { progress: 'two' },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersionConflictError);
    expect((error as VersionConflictError<TrackedItem>).current.progress).toBe('one');
    expect(await historyOf(store, 'actions', a.id)).toHaveLength(1);
  });

  it('enforces RED needs a rationale on a person’s save', async () => {
    const a = await store.add('actions', anAction({ owner: me }));
    await expect(
      saveEdit(store, { list: 'actions', id: a.id, version: a.version, actor: ds, at: '2024-04-15T09:00:00Z', edit: { rag: 'RED' } })
    ).rejects.toBeInstanceOf(RuleViolationError);
  });

  it('lets an owner edit their own items, a secretary any, and a board member none', async () => {
    const theirs = await store.add('actions', anAction({ owner: { id: 'someone@colp.example', displayName: 'Someone' } }));
    const at = '2024-04-15T09:00:00Z';
    await expect(saveEdit(store, { list: 'actions', id: theirs.id, version: theirs.version, actor: ds, at, edit: { progress: 'x' } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveEdit(store, { list: 'actions', id: theirs.id, version: theirs.version, actor: member, at, edit: { progress: 'x' } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveEdit(store, { list: 'actions', id: theirs.id, version: theirs.version, actor: secretary, at, edit: { progress: 'x' } })).resolves.toMatchObject({ progress: 'x' });
  });

  it('validates an edit body field by field', () => {
    expect(() => validateEdit({ rag: 'PINK' })).toThrow(InvalidValueError);
    expect(() => validateEdit({ dueText: '31/02/2018' })).toThrow('dueText: not a real calendar date ("31/02/2018")');
    expect(() => validateEdit({ colour: 'red' })).toThrow(/colour: not an editable field/);
    expect(() => validateEdit({ owner: { id: 5 } })).toThrow(/owner: must be a person/);
    expect(validateEdit({ progress: '  ', rag: 'green' })).toEqual({ progress: null, rag: 'GREEN' });
  });
});
