/**
 * Update rounds in Microsoft 365 mode (SharePoint fake): the tab cannot send as the bot, so the
 * board's secretary is told when the hosted reminder job nudges those still missing — the next
 * working morning for a round opened today, the 7-day nudge for one opened earlier — and is
 * offered no button that cannot send. axe on the round.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSp } from '../../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../../src/adapters/sharepoint/sharepoint-store';
import { addDays, londonDateOf } from '../../src/core/dates';
import type { ItemId, PersonRef } from '../../src/core/model';
import { newWorkstream } from '../../src/core/records';
import { ENGLAND_AND_WALES, onOrAfterWorkingDay, onOrBeforeWorkingDay } from '../../src/core/working-days';
import { formatDay } from '../../src/ui/shared/format';
import { SITE } from '../fakes/provisioned-site';
import { axeViolations } from './harness';
import { startM365Harness } from './m365-harness';

const BOARD = 'Operational Delivery Board';
const SECRETARY: PersonRef = { id: 'morgan.ellis@colp.example', displayName: 'Morgan Ellis' };
const OWNER: PersonRef = { id: 'sam.okafor@colp.example', displayName: 'Sam Okafor' };

let h: Awaited<ReturnType<typeof startM365Harness>>;
const rounds: Record<'today' | 'earlier', ItemId> = { today: 0 as ItemId, earlier: 0 as ItemId };
const today = londonDateOf(new Date());

beforeAll(async () => {
  h = await startM365Harness();
  for (const p of [SECRETARY, OWNER]) {
    h.sharepoint.addUser(p.id, p.displayName);
  }
  h.sharepoint.groups.set(`${BOARD} Secretaries`, new Set([SECRETARY.id]));
  h.sharepoint.groupsVisibleToEveryone.add(`${BOARD} Secretaries`);
  const sp = createSp({ siteUrl: SITE, getToken: async () => 'app-only', throttle: { sleep: async () => undefined, fetch: (url, init) => h.sharepoint.respond(new Request(url, init)) } });
  const store = new SharePointStore(sp, SITE);
  const board = await store.add('boards', { title: BOARD, programme: null, sourceKey: 'board:odb' });
  await store.add('workstreams', newWorkstream({ kind: 'workstream', title: 'Health and Wellbeing', ref: 'HW', boardId: board.id, ownerText: 'Sam', owner: OWNER, sourceKey: 'ws:hw' }));
  const open = (meetingDate: ReturnType<typeof addDays>, openedAt: Date) =>
    store.add('updateRounds', { title: `${BOARD} — ${meetingDate}`, boardId: board.id, meetingDate, openedBy: SECRETARY.id, openedByName: SECRETARY.displayName, openedAt: openedAt.toISOString() });
  rounds.today = (await open(addDays(today, 28), new Date())).id;
  rounds.earlier = (await open(addDays(today, 21), new Date(Date.now() - 3 * 86_400_000))).id;
}, 180_000);
afterAll(() => h?.close());

async function roundNote(id: ItemId): Promise<string> {
  const page = await h.open(SECRETARY.id, `#/rounds/${id}`, { bypassCSP: true });
  const note = page.getByTestId('round-job-note');
  await note.waitFor({ timeout: 30_000 });
  expect(await page.getByRole('button', { name: 'Remind those missing' }).count()).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
  const text = await note.innerText();
  await page.context().close();
  return text;
}

describe('update rounds in Microsoft 365 mode: when the hosted job reminds', () => {
  it('a round opened today: its first reminder goes with the next working morning’s run', async () => {
    const next = onOrAfterWorkingDay(addDays(today, 1), ENGLAND_AND_WALES);
    expect(await roundNote(rounds.today)).toMatch(new RegExp(`hosted reminder job .*Next: the morning of ${formatDay(next)} \\(the round’s first reminder\\)\\.$`));
  }, 120_000);

  it('a round opened days ago: the next is the nudge 7 days before the meeting', async () => {
    const next = onOrBeforeWorkingDay(addDays(addDays(today, 21), -7), ENGLAND_AND_WALES);
    expect(await roundNote(rounds.earlier)).toMatch(new RegExp(`Next: the morning of ${formatDay(next)} \\(7 days before the meeting\\)\\.$`));
  }, 120_000);
});
