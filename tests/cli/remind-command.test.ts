import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { remindCommand } from '../../src/cli/remind-command';

const dir = mkdtempSync(join(tmpdir(), 'tracker-remind-'));
const db = join(dir, 'seeded.db');

async function run(...argv: string[]): Promise<{ code: number; out: string[]; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(...s.split('\n')), err: (s) => err.push(s) });
  return { code, out, err: err.join('\n') };
}

describe('tracker remind on the seeds', () => {
  beforeAll(async () => {
    expect((await run('seed', '--db', db)).code).toBe(0);
  }, 60_000);

  it('plans a realistic run for 20 March 2017 without sending on --dry-run --json', async () => {
    const { code, out } = await run('remind', '--db', db, '--today', '2017-03-20', '--dry-run', '--json');
    expect(code).toBe(0);
    const plan = JSON.parse(out.join('\n')) as { today: string; digests: Array<{ kind: string; to: { id: string }; items: Array<{ rule: string }> }>; sent: number; skipped: number };
    expect(plan.today).toBe('2017-03-20');
    expect(plan.sent).toBe(0);
    expect(plan.skipped).toBe(plan.digests.length);
    // The seeds' 2017 recommendations have no owner: every secretary hears of them.
    const unassigned = plan.digests.filter((d) => d.kind === 'unassigned');
    expect(unassigned.map((d) => d.to.id)).toContain('morgan.ellis@colp.example');
    expect(unassigned.every((d) => d.items.every((i) => i.rule === 'before-14'))).toBe(true);
    // Nothing from years ago: 2012 deadlines are long past the 8-week stop.
    expect(plan.digests.some((d) => d.items.some((i) => i.rule === 'overdue'))).toBe(false);
  });

  it('sends once, ends with the counts, and a second run sends nothing', async () => {
    const first = await run('remind', '--db', db, '--today', '2017-03-20');
    expect(first.code).toBe(0);
    expect(first.out.at(-1)).toMatch(/^sent [1-9]\d*, skipped 0, failed 0$/);
    expect(first.out).toContain('  Morgan Ellis <morgan.ellis@colp.example>: unassigned and due, 8 items');
    const second = await run('remind', '--db', db, '--today', '2017-03-20');
    expect(second.out.at(-1)).toBe('sent 0, skipped 0, failed 0');
  });

  it('runs one board only with --board', async () => {
    const { out } = await run('remind', '--db', db, '--today', '2017-03-27', '--board', 'HMICFRS Report Recommendations', '--dry-run', '--json');
    const plan = JSON.parse(out.join('\n')) as { digests: Array<{ items: Array<{ list: string }> }> };
    expect(plan.digests.flatMap((d) => d.items.map((i) => i.list)).every((l) => l === 'recommendations')).toBe(true);
  });

  it.each([
    [['--today', '20/03/2017'], 'tracker remind: --today: expected a date as YYYY-MM-DD (got "20/03/2017")'],
    [['--today', '2017-02-30'], 'tracker remind: --today: expected a date as YYYY-MM-DD (got "2017-02-30")'],
    [['--board', 'Nope'], 'tracker remind: board: no such board; boards: '],
  ])('refuses %j in one line', async (args, message) => {
    const { code, err } = await run('remind', '--db', db, ...args);
    expect(code).not.toBe(0);
    expect(err.split('\n')).toHaveLength(1);
    expect(err).toContain(message);
  });

  it('names a bad TRACKER_REMINDER_POLICY field', async () => {
    await expect(remindCommand(['--db', db], { out: () => undefined, err: () => undefined }, { TRACKER_REMINDER_POLICY: '{"offsets":"14"}' })).rejects.toThrow(
      'TRACKER_REMINDER_POLICY.offsets: expected whole numbers of days'
    );
  });
});
