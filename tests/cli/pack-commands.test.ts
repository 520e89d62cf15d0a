import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import type { ChangeReport } from '../../src/core/board-changes';
import { LOCAL_PEOPLE } from '../../src/seed/people';
import { findBoard } from '../../src/services/board-pack';
import { saveEdit, toTracked } from '../../src/services/items';
import { queryAll } from '../../src/ports/tracker-store';

const dir = mkdtempSync(join(tmpdir(), 'tracker-pack-'));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const HMICFRS = 'HMICFRS Report Recommendations';

describe('tracker changes and freeze on the seeded database', () => {
  const db = join(dir, 'seeded.db');

  beforeAll(async () => {
    expect((await run('seed', '--db', db)).code).toBe(0);
  }, 60_000);

  it('lists exactly the 17 NEW GREEN, NEW WHITE and NEW CLOSED moves of seed 004, in the exact shape', async () => {
    const { code, out } = await run('changes', '--board', HMICFRS.toLowerCase(), '--json', '--db', db);
    expect(code).toBe(0);
    const report = JSON.parse(out) as ChangeReport;
    expect(Object.keys(report)).toEqual(['board', 'since', 'changes', 'updates']);
    // the seeded history is imported, not submitted since the snapshot
    expect(report.updates).toEqual([]);
    expect(report.board).toBe(HMICFRS);
    expect(Object.keys(report.since ?? {})).toEqual(['takenAt', 'meeting']);
    expect(report.changes).toHaveLength(17);
    for (const c of report.changes) {
      expect(Object.keys(c)).toEqual(['list', 'id', 'ref', 'title', 'change', 'from', 'to']);
      expect(c.list).toBe('recommendations');
    }
    const moves = report.changes.map((c) => `${c.change} ${c.from}→${c.to}`);
    expect(moves.filter((m) => m === 'rag null→GREEN')).toHaveLength(15);
    expect(moves.filter((m) => m === 'rag null→WHITE')).toHaveLength(1);
    expect(moves.filter((m) => m === 'lifecycle open→closed')).toHaveLength(1);
    expect(report.changes.find((c) => c.change === 'lifecycle')?.title).toMatch(/^The force should improve how it demonstrates/);
  });

  it('prints the changes in words a board reads', async () => {
    const { out } = await run('changes', '--board', HMICFRS, '--db', db);
    expect(out.split('\n')[0]).toMatch(/^HMICFRS Report Recommendations: 17 changes since \d{4}-\d{2}-\d{2}$/);
    expect(out).toContain(': NEW GREEN');
    expect(out).toContain(': NEW WHITE');
    expect(out).toContain(': NEW CLOSED');
    expect(out).toMatch(/\n0 updates submitted since \d{4}-\d{2}-\d{2}$/);
  });

  it('seeding again adds no second baseline', async () => {
    await run('seed', '--db', db);
    const report = JSON.parse((await run('changes', '--board', HMICFRS, '--json', '--db', db)).out) as ChangeReport;
    expect(report.changes).toHaveLength(17);
  });

  it('after a freeze, nothing has changed since the last board', async () => {
    const frozen = await run('freeze', '--board', 'Operational Delivery Board', '--meeting', '2023-05-10', '--db', db);
    expect(frozen.out).toMatch(/^froze Operational Delivery Board — meeting of 2023-05-10: \d+ items at /);
    const report = JSON.parse((await run('changes', '--board', 'Operational Delivery Board', '--json', '--db', db)).out) as ChangeReport;
    expect(report.since?.meeting).toBe('2023-05-10');
    expect(report.changes).toEqual([]);
    expect(report.updates).toEqual([]);
  });

  it('lists an update an owner submits after the freeze, beside the changes, in JSON and in words', async () => {
    const store = new SqliteStore({ file: db });
    let ref: string;
    try {
      const board = await findBoard(store, 'Operational Delivery Board');
      const streams = await queryAll(store, 'workstreams', { where: [{ field: 'boardId', op: 'eq', value: board.id }] });
      const deliverables = await queryAll(store, 'actions', { where: [{ field: 'workstreamId', op: 'in', value: streams.map((w) => w.id) }] });
      const target = deliverables.find((d) => d.owner !== null && LOCAL_PEOPLE.some((p) => p.id === d.owner?.id));
      const owner = LOCAL_PEOPLE.find((p) => p.id === target?.owner?.id);
      if (!target || !owner) {
        throw new Error('the seeded board has no deliverable with a local owner');
      }
      ref = toTracked('actions', target).label;
      await saveEdit(store, { list: 'actions', id: target.id, version: target.version, actor: owner, at: new Date().toISOString(), edit: { progress: 'Venue booked' } });
      const report = JSON.parse((await run('changes', '--board', 'Operational Delivery Board', '--json', '--db', db)).out) as ChangeReport;
      // progress alone moves nothing the snapshot compares, but it is an update submitted
      expect(report.changes).toEqual([]);
      expect(report.updates).toHaveLength(1);
      expect(Object.keys(report.updates[0] ?? {})).toEqual(['list', 'id', 'ref', 'title', 'kind', 'at', 'author']);
      expect(report.updates[0]).toMatchObject({ list: 'actions', id: target.id, ref, title: target.title, kind: 'progress', author: owner.displayName });
    } finally {
      store.close();
    }
    const { out } = await run('changes', '--board', 'Operational Delivery Board', '--db', db);
    expect(out.split('\n').slice(0, 2)).toEqual(['Operational Delivery Board: 0 changes since the meeting of 2023-05-10', '1 update submitted since the meeting of 2023-05-10']);
    expect(out.split('\n')[2]).toMatch(new RegExp(`^  ${ref.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} — .*: Progress update by .+, \\d{4}-\\d{2}-\\d{2}$`));
  });

  it('says when a board has no snapshot yet', async () => {
    const { out } = await run('changes', '--board', 'NPCC Workforce Representation Attraction, Recruitment, Progression and Retention Toolkit 2018-2025', '--db', db);
    expect(out).toMatch(/no snapshot frozen yet/);
  });

  it.each(['pptx', 'docx', 'xlsx'])('exports the board pack as %s', async (format) => {
    const out = join(dir, `pack.${format}`);
    const { code, out: said } = await run('export', '--format', format, '--board', HMICFRS, '--meeting', '2017-09-01', '--out', out, '--db', db);
    expect(code).toBe(0);
    expect(said).toMatch(new RegExp(`^wrote the ${HMICFRS} pack \\(${format}\\) to .*: 0 workstreams, 13 inspections, 0 plans, \\d+ exceptions, 17 changes$`));
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses a pack format it cannot write', async () => {
    const { code, err } = await run('export', '--format', 'csv', '--board', HMICFRS, '--out', join(dir, 'x.csv'), '--db', db);
    expect(code).toBe(2);
    expect(err).toBe('tracker export: --format: allowed: pptx, docx, xlsx (got "csv")');
  });

  it('refuses an unknown board, listing the boards, and a malformed meeting date', async () => {
    const unknown = await run('changes', '--board', 'Nope', '--db', db);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/^tracker changes: board: no board has that title; boards: .*Operational Delivery Board/);
    const bad = await run('freeze', '--board', HMICFRS, '--meeting', '31/12/2023', '--db', db);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('tracker freeze: --meeting: a date as YYYY-MM-DD (got "31/12/2023")');
    expect((await run('freeze', '--db', db)).err).toMatch(/--board: name the board/);
  });
});
