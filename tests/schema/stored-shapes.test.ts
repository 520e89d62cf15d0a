/**
 * Json fields validated to their element shape: refused on write naming the element, and on
 * read (a value edited by hand in the database or in SharePoint) kept where it fits and named
 * where it does not, so the screens and lists that show it keep working for everyone.
 */
import { zoneDates } from '../../src/adapters/sharepoint/site-time-zone';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalDirectory } from '../../src/adapters/local/local-directory';
import { decodeItem } from '../../src/adapters/sharepoint/sp-codec';
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import { fromWorkstream } from '../../src/core/tracked-item';
import { LISTS } from '../../src/schema/lists';
import { checkJsonField, readJsonField } from '../../src/schema/json-shapes';
import { fieldDef } from '../../src/schema/lookup';
import { validateRecord } from '../../src/schema/validate-record';
import { loadSeed } from '../../src/seed/load-seed';
import { LOCAL_PEOPLE } from '../../src/seed/people';
import { readSeed } from '../../src/seed/read-seed';
import { planSeed } from '../../src/seed/seed-plan';
import { startLocalServer, type RunningServer } from '../../src/server/create-server';

/** a UK site, as the fake is by default: how DateOnly values are written for it */
const UK_DATES = zoneDates('Europe/London');

describe('the shape of Json fields, from the schema', () => {
  it('every Json field names what its elements are', () => {
    const json = LISTS.flatMap((l) => l.fields.filter((f) => f.type === 'Json').map((f) => `${l.key}.${f.key}:${f.element ?? 'missing'}`));
    expect(json.filter((f) => f.endsWith(':missing'))).toEqual([]);
    expect(json.length).toBeGreaterThanOrEqual(7);
  });

  it('refuses a wrong-shaped element on write, naming the field, the element and the problem', () => {
    expect(() => checkJsonField('workstreams', fieldDef('workstreams', 'objectives'), ['fine', { text: 'an object' }])).toThrow(/^workstreams\.objectives\[1\]: .*\(\{"text":"an object"\}\)$/);
    expect(() => validateRecord('recommendations', { parts: [{ label: 'a' }] }, true)).toThrow(/recommendations\.parts\[0\]: /);
    expect(() => validateRecord('recommendations', { subActions: 'text' }, true)).toThrow(/recommendations\.subActions: must be a list/);
    expect(() => validateRecord('recommendations', { subActions: [{ actionRequired: 'x', currentPosition: null }] }, true)).not.toThrow();
    // the problem in words: what is missing, what it must be
    expect(() => validateRecord('recommendations', { parts: [{ label: 'a' }] }, true)).toThrow(/parts\[0\]: rag: is missing/);
    expect(() => checkJsonField('workstreams', fieldDef('workstreams', 'objectives'), [7])).toThrow(/objectives\[0\]: must be a string \(7\)/);
    expect(() => checkJsonField('workstreams', fieldDef('workstreams', 'objectives'), ['x'.repeat(8001)])).toThrow(/must be at most 8000 characters/);
    expect(() => validateRecord('recommendations', { subActions: [{ actionRequired: 'x', currentPosition: 5 }] }, true)).toThrow(/currentPosition: must be a string/);
  });

  it('reads what fits and names what it left out', () => {
    const objectives = fieldDef('workstreams', 'objectives');
    expect(readJsonField(objectives, '["a",{"x":1},"b",7]')).toEqual({ value: ['a', 'b'], problem: 'Objectives: entries 2, 4 were not readable and left out' });
    expect(readJsonField(objectives, 'not json')).toEqual({ value: [], problem: 'Objectives: not readable ("not json")' });
    expect(readJsonField(objectives, '{"a":1}')).toEqual({ value: [], problem: 'Objectives: not a list' });
    expect(readJsonField(objectives, null)).toEqual({ value: [], problem: null });
  });

  it('decodes a SharePoint item whose Json note was edited by hand, flagging it', () => {
    const item = decodeItem('workstreams', { Id: 3, 'odata.etag': '"2"', Modified: '2024-01-01T00:00:00Z', Title: 'W', WorkstreamKind: 'workstream', Objectives: '["kept", {"bad": true}]', Kpis: '[oops' }, UK_DATES);
    expect(item.objectives).toEqual(['kept']);
    expect(item.kpis).toEqual([]);
    expect(item.unreadable).toEqual(['Objectives: entry 2 was not readable and left out', 'KPIs: not readable ("[oops")']);
    expect(fromWorkstream(item).flags).toEqual(item.unreadable);
  });
});

describe('a malformed stored record in local mode', () => {
  let store: SqliteStore;
  let server: RunningServer;
  beforeAll(async () => {
    store = new SqliteStore();
    await loadSeed(store, planSeed(readSeed(), LOCAL_PEOPLE));
    server = await startLocalServer({ store, directory: new LocalDirectory(LOCAL_PEOPLE), now: () => new Date(), staticDir: 'dist', port: 0 });
  }, 60_000);
  afterAll(() => server?.close());

  const get = (path: string) => fetch(`${server.url}${path}`, { headers: { Cookie: server.sessionCookie, 'X-Tracker-User': 'morgan.ellis@colp.example' } });

  it('leaves every list answering and the record shown, with what could not be read named', async () => {
    const ws = store.db.prepare(`SELECT id FROM workstreams WHERE WorkstreamKind = 'workstream' LIMIT 1`).get() as { id: number };
    store.db.prepare(`UPDATE workstreams SET Objectives = ?, ProgressSinceLast = ? WHERE id = ?`).run('["a real objective", {"evil": [1,2]}, null]', '{"not":"a list"}', ws.id);
    store.db.prepare(`UPDATE recommendations SET Parts = 'garbage', SubActions = '[{"actionRequired": 5}]' WHERE id = (SELECT MIN(id) FROM recommendations)`).run();
    for (const path of ['/api/items', '/api/workstreams', '/api/inspections', '/api/summary', '/api/unassigned']) {
      expect((await get(path)).status, path).toBe(200);
    }
    const detail = await get(`/api/workstreams/${ws.id}`);
    expect(detail.status).toBe(200);
    const body = (await detail.json()) as { objectives: string[]; progress: string[]; unreadable: string[] };
    expect(body.objectives).toEqual(['a real objective']);
    expect(body.progress).toEqual([]);
    expect(body.unreadable).toEqual(['Objectives: entries 2, 3 were not readable and left out', 'Progress since last update: not a list']);
    const inspections = (await (await get('/api/inspections')).json()) as { inspections: Array<{ id: number }> };
    for (const i of inspections.inspections) {
      expect((await get(`/api/inspections/${i.id}`)).status).toBe(200);
    }
  }, 60_000);
});
