import { describe, expect, it } from 'vitest';
import { LISTS } from '../../src/schema/lists';
import { validateRecord } from '../../src/schema/validate-record';
import { anAction } from '../helpers/builders';
import type { ListKey } from '../../src/core/model';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('the list schema, defined once', () => {
  it('has every list of DESIGN §4', () => {
    expect(LISTS.map((l) => l.key)).toEqual(['boards', 'workstreams', 'actions', 'inspections', 'recommendations', 'updates', 'reminderLog', 'updateRounds', 'botConversations', 'snapshots']);
    expect(LISTS.find((l) => l.key === 'snapshots')?.template).toBe('DocumentLibrary');
    expect(LISTS.find((l) => l.key === 'updates')?.addOnly).toBe(true);
  });

  it('gives every field a fixed GUID, unique across the site, and a stable internal name', () => {
    const ids = LISTS.flatMap((l) => l.fields.filter((f) => !f.builtIn).map((f) => f.id));
    ids.forEach((id) => expect(id).toMatch(GUID));
    expect(new Set(ids).size).toBe(ids.length);
    for (const list of LISTS) {
      const names = list.fields.map((f) => f.internalName);
      expect(new Set(names).size, list.key).toBe(names.length);
      names.forEach((n) => expect(n).toMatch(/^[A-Z][A-Za-z0-9]*$/));
      const keys = list.fields.map((f) => f.key);
      expect(new Set(keys).size, list.key).toBe(keys.length);
    }
  });

  it.each([
    ['actions', ['dueDate', 'lifecycle', 'rag', 'owner', 'workstreamId', 'sourceKey']],
    ['recommendations', ['dueDate', 'lifecycle', 'rag', 'owner', 'inspectionId', 'sourceKey']],
    ['workstreams', ['owner', 'boardId', 'parentId', 'kind']],
    ['updates', ['itemId', 'at']],
    ['reminderLog', ['key', 'itemId', 'recipient']],
    ['updateRounds', ['boardId', 'meetingDate']],
  ] as const)('indexes what %s is queried by, before data arrives', (list, keys) => {
    const def = LISTS.find((l) => l.key === list);
    for (const key of keys) {
      expect(def?.fields.find((f) => f.key === key)?.indexed, `${list}.${key}`).toBe(true);
    }
  });

  it('makes the reminder ledger key unique, so a re-run cannot send twice', () => {
    expect(LISTS.find((l) => l.key === 'reminderLog')?.fields.find((f) => f.key === 'key')).toMatchObject({ unique: true, internalName: 'Title' });
  });

  it('has the meeting views', () => {
    const views = LISTS.flatMap((l) => l.views.map((v) => v.title));
    for (const v of ['Board: red and amber', 'Due in 30 days', 'Overdue', 'By owner', 'Open recommendations']) {
      expect(views).toContain(v);
    }
  });

  it('validates records against the schema, naming the field and value', () => {
    expect(() => validateRecord('actions', anAction())).not.toThrow();
    expect(() => validateRecord('actions', { ...anAction(), lifecycle: 'done' })).toThrow(
      'actions.lifecycle: allowed: open, closure-proposed, closed, authorised, superseded ("done")'
    );
    expect(() => validateRecord('actions', { ...anAction(), protectedCharacteristics: ['Height'] })).toThrow(/actions.protectedCharacteristics: allowed: Age/);
    expect(() => validateRecord('actions', { ...anAction(), title: null })).toThrow('actions.title: is required (null)');
    expect(() => validateRecord('actions', { colour: 'red' }, true)).toThrow('actions.colour: not a field of this list ("red")');
    // kinds of inspection item are data: a new kind is accepted
    expect(() => validateRecord('recommendations' as ListKey, { itemKind: 'area for learning' }, true)).not.toThrow();
  });
});
