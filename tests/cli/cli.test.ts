import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

const dir = mkdtempSync(join(tmpdir(), 'tracker-cli-'));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('tracker CLI on a seeded database', () => {
  const db = join(dir, 'seeded.db');

  beforeAll(async () => {
    expect((await run('seed', '--db', db)).out).toMatch(/^seeded \d+ records$/);
  });

  it('seeding again adds nothing', async () => {
    expect((await run('seed', '--db', db)).out).toMatch(/^already seeded: \d+ records present, nothing added$/);
  });

  it.each([
    ['recommendations', 'csv', 67],
    ['recommendations', 'xlsx', 67],
    ['actions', 'csv', 123],
    ['actions', 'xlsx', 123],
    // 54 deliverable rows in the reports: 3 are KPIs and 7 list again a deliverable tracked since 2021
    ['workstreams', 'csv', 44],
    ['workstreams', 'xlsx', 44],
  ])('exports %s as %s and re-importing changes nothing', async (list, format, rows) => {
    const out = join(dir, `${list}.${format}`);
    expect((await run('export', '--format', format, '--list', list, '--out', out, '--db', db)).out).toBe(`exported ${rows} ${list} to ${out}`);
    const again = await run('import', out, '--db', db);
    expect(again.code).toBe(0);
    expect(again.out).toContain('imported 0, rejected 0');
    expect(again.out).toContain(`0 created, 0 updated, ${rows} unchanged`);
    expect(again.err).toBe('');
  });

  it('writes the due date as written and the derived date under headers that say Due', async () => {
    const out = join(dir, 'due.csv');
    await run('export', '--format', 'csv', '--list', 'actions', '--out', out, '--db', db);
    const [header, ...lines] = readFileSync(out, 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toContain('Due,Due (derived date)');
    expect(lines.find((l) => l.includes('OD1-01'))).toContain('Aug-12,2012-08-31');
  });

  it('summarises inspections counted from the items, by kind and status', async () => {
    const { out, code } = await run('summary', '--json', '--db', db);
    expect(code).toBe(0);
    const summary = JSON.parse(out);
    const fair = summary.inspections.find((i: { title: string }) => i.title.startsWith('Making it fair'));
    expect(fair).toMatchObject({ total: 9, appliesToForce: 5, byKind: { recommendation: 9 } });
    expect(Object.keys(fair.byStatus).sort()).toEqual(['AMBER', 'GREEN', 'RED', 'WHITE', 'closed', 'notSet']);
    expect(summary.inspections).toHaveLength(13);
    expect(summary.workstreams).toHaveLength(6);
    expect(summary.actions.total).toBe(167);
  });
});

describe('tracker import', () => {
  const csv = [
    'Inspection Report,Publication Date,Rec No,Type,Recommendation / AFI,RAG Status,Target Date,Action Owner,Current Position',
    'Custody 2024,March 2024,1,Recommendation,Improve custody records,GREEN,31/03/2024,DS,Done',
    'Custody 2024,March 2024,2,Area for improvement,Review detention logs,PURPLE,Aug-24,,',
    'Custody 2024,March 2024,3,Recommendation,,AMBER,Aug-24,,',
    'Custody 2024,March 2024,4,Recommendation,Train sergeants,AMBER,31/02/2024,,',
    '',
    'Custody 2024,March 2024,5,Recommendation,Audit cells,RED,Q4 23/24,Ch Supt HQ,"=HYPERLINK(""http://x"")"',
  ].join('\n');

  it('keeps valid rows and names each rejected row, field and value', async () => {
    const db = join(dir, 'import.db');
    const { code, out } = await run('import', file('custody.csv', csv), '--db', db);
    expect(code).toBe(0);
    expect(out.split('\n')).toEqual([
      'imported 2, rejected 3',
      '  2 created, 0 updated, 0 unchanged (recommendations)',
      'row 3: RAG Status: unknown status; allowed: GREEN, AMBER, RED, WHITE (RAG); Not started, In progress, On hold, Blocked, Behind, New, Open, Late, Completed, Complete, Done, Closed, Cancelled, Duplicate, Won’t fix, By design (progress); NEW <RAG>, NEW CLOSED, TBD or blank ("PURPLE")',
      'row 4: Recommendation / AFI: is required ("")',
      'row 5: Target Date: not a real calendar date ("31/02/2024")',
    ]);
    const again = await run('import', file('custody.csv', csv), '--db', db);
    expect(again.out.split('\n')[1]).toBe('  0 created, 0 updated, 2 unchanged (recommendations)');
  });

  it('--strict writes nothing when any row is rejected, and exits 1', async () => {
    const db = join(dir, 'strict.db');
    const { code, err } = await run('import', file('custody.csv', csv), '--db', db, '--strict');
    expect(code).toBe(1);
    expect(err).toContain('--strict: nothing was written');
    const summary = JSON.parse((await run('summary', '--json', '--db', db)).out);
    expect(summary.inspections).toEqual([]);
  });

  it('updates only what changed, and records the import in the item’s history', async () => {
    const db = join(dir, 'update.db');
    await run('import', file('custody.csv', csv), '--db', db);
    const changed = csv.replace('GREEN,31/03/2024,DS,Done', 'AMBER,30/06/2024,DS,Reopened');
    const { out } = await run('import', file('custody2.csv', changed), '--db', db);
    expect(out.split('\n')[1]).toBe('  0 created, 1 updated, 1 unchanged (recommendations)');
  });

  it('neutralises formulas on export and reads them back as the same text', async () => {
    const db = join(dir, 'formula.db');
    await run('import', file('custody.csv', csv), '--db', db);
    const out = join(dir, 'formula-out.csv');
    await run('export', '--format', 'csv', '--list', 'recommendations', '--out', out, '--db', db);
    expect(readFileSync(out, 'utf8')).toContain(`"'=HYPERLINK(""http://x"")"`);
    const again = await run('import', out, '--db', db);
    expect(again.out).toContain('0 created, 0 updated, 2 unchanged');
  });

  it('recognises actions by their Objective / Ref columns and deliverables by Workstream', async () => {
    const db = join(dir, 'kinds.db');
    const actions = file('plan.csv', 'Strand,Objective,Ref,Action,Owner,Due,Status\nOur People,OP9,OP9-01,Run a survey,LC,Sept 12 onwards,\n');
    expect((await run('import', actions, '--db', db)).out).toContain('1 created, 0 updated, 0 unchanged (actions)');
    const deliverables = file('ws.csv', 'Workstream,Deliverable,Due Date,Lead\nWellbeing,Launch buddy scheme,09/21,Director of HR\n');
    expect((await run('import', deliverables, '--db', db)).out).toContain('1 created, 0 updated, 0 unchanged (deliverables)');
  });

  it('says when an owner cell names several people: all kept as written, the first is the owner', async () => {
    const db = join(dir, 'owners.db');
    const owners = file('owners.csv', 'Objective,Action,Owner\nOD1,Draft the plan,DS; Director of HR\nOD1,Agree the plan,DS\n');
    const { code, out, err } = await run('import', owners, '--db', db);
    expect(code).toBe(0);
    expect(out.split('\n')[1]).toBe('  2 created, 0 updated, 0 unchanged (actions)');
    expect(err.split('\n')).toEqual(['note: row 2: Owner: names 2 people ("DS; Director of HR"); kept as written, and "DS" (T/Supt. Service) is the owner']);
  });

  it.each([
    ['no text column', 'Inspection,No\nA,1\n', /row 1: no text column; name one of: Recommendation/],
    ['no list column', 'Text,Status\nx,GREEN\n', /row 1: cannot tell which list these rows belong to/],
  ])('explains a file it cannot read: %s', async (_name, text, message) => {
    const { code, err } = await run('import', file('bad.csv', text), '--db', join(dir, 'bad.db'));
    expect(code).toBe(1);
    expect(err).toMatch(message);
  });

  it('says so for a missing file, a wrong format or a damaged workbook, without a stack trace', async () => {
    const db = join(dir, 'bad.db');
    const missing = await run('import', join(dir, 'nope.csv'), '--db', db);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.err).toMatch(/nope\.csv: cannot read the file \(ENOENT\)/);
    expect((await run('import', file('minutes.pdf', '%PDF-1.4'), '--db', db)).err).toMatch(/unsupported file type; save it as CSV or XLSX/);
    expect((await run('import', file('fake.xlsx', 'not a zip'), '--db', db)).err).toMatch(/named .xlsx but is not an Excel workbook/);
    const damaged = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64)]);
    writeFileSync(join(dir, 'damaged.xlsx'), damaged);
    const bad = await run('import', join(dir, 'damaged.xlsx'), '--db', db);
    expect(bad.err).toMatch(/damaged\.xlsx: not a readable Excel workbook/);
    expect(bad.err).not.toMatch(/\n\s+at /);
  });

  it('names a bad option and its allowed values', async () => {
    const { code, err } = await run('export', '--format', 'pdf', '--list', 'actions', '--out', 'x');
    expect(code).toBe(2);
    expect(err).toBe('tracker export: --format: allowed: csv, xlsx (got "pdf")');
    expect((await run('frobnicate')).code).toBe(2);
  });

  it('refuses a file that is not a database', async () => {
    const notDb = file('not.db', 'hello, this is not sqlite at all'.repeat(40));
    const { code, err } = await run('summary', '--db', notDb);
    expect(code).toBe(1);
    expect(err).toMatch(/not an Action Tracker database|file is not a database/);
  });
});

describe('tracker in Microsoft 365 mode', () => {
  it('names a missing setting instead of falling back to the local database', async () => {
    const before = process.env.TRACKER_MODE;
    process.env.TRACKER_MODE = 'm365';
    try {
      const { code, err } = await run('summary', '--json');
      expect(code).toBe(1);
      expect(err).toBe('tracker summary: TRACKER_TENANT_ID: is required in Microsoft 365 mode (missing)');
      expect((await run('serve')).err).toMatch(/serve runs local mode only/);
    } finally {
      if (before === undefined) {
        delete process.env.TRACKER_MODE;
      } else {
        process.env.TRACKER_MODE = before;
      }
    }
  });
});
