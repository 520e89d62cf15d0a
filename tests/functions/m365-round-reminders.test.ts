/**
 * The hosted reminder job nudges owners missing from an update round (issue 12), end to end on
 * the fakes as the timer runs it: SharePoint (rounds, workstreams, highlight updates, the ledger),
 * Graph and the Bot Connector. One card per owner still to submit, listing their workstreams and
 * linking each to its highlight form in the tab; nothing to an owner who has submitted, nothing
 * for a round whose meeting has passed; the same day again sends nothing; the next nudge day
 * (7 days before the meeting) nudges those still missing once more.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ListedConversations } from '../../src/adapters/teams/listed-conversations';
import type { IsoDate } from '../../src/core/dates';
import type { PersonRef, Stored } from '../../src/core/model';
import { newWorkstream } from '../../src/core/records';
import { queryAll } from '../../src/ports/tracker-store';
import { cardProblems } from '../core/cards/validate-card';
import { reminderJobOnFakes } from './reminder-job-fakes';
import { M365_JOB_ENV } from '../fakes/m365-job-env';
import { anUpdate } from '../helpers/builders';
import { describeDigests } from '../jobs/reminders/reminder-fixture';

const ann: PersonRef = { id: 'ann@colp.example', displayName: 'Ann Owner' };
const bo: PersonRef = { id: 'bo@colp.example', displayName: 'Bo Owner' };
const cy: PersonRef = { id: 'cy@colp.example', displayName: 'Cy Owner' };

const { teams, server, store, run: runAt } = reminderJobOnFakes();
const run = (at: string) => runAt(new Date(at));

const ws: Record<string, Stored<'workstreams'>> = {};
let round: Stored<'updateRounds'>;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  const board = await store.add('boards', { title: 'Operational Delivery Board', programme: null, sourceKey: 'board:odb' });
  const workstream = (title: string, owner: PersonRef | null) =>
    store.add('workstreams', newWorkstream({ kind: 'workstream', title, ref: title.slice(0, 3), boardId: board.id, ownerText: owner?.displayName ?? 'Ch Supt Nobody', owner, sourceKey: `ws:${title}` }));
  ws.culture = await workstream('Culture', ann);
  ws.estates = await workstream('Estates', ann);
  ws.people = await workstream('People', bo);
  ws.digital = await workstream('Digital', cy);
  ws.unowned = await workstream('Finance', null);
  // opened on Monday 13 March 2017 for a meeting on Thursday 30 March
  round = await store.add('updateRounds', { title: 'Operational Delivery Board — 2017-03-30', boardId: board.id, meetingDate: '2017-03-30' as IsoDate, openedBy: 'sec@colp.example', openedByName: 'Sam Secretary', openedAt: '2017-03-13T10:00:00.000Z' });
  // a round whose meeting has passed: nobody is nudged for it
  await store.add('updateRounds', { title: 'Operational Delivery Board — 2017-03-02', boardId: board.id, meetingDate: '2017-03-02' as IsoDate, openedBy: 'sec@colp.example', openedByName: 'Sam Secretary', openedAt: '2017-02-20T10:00:00.000Z' });
  // Cy sent Digital's highlight update after the round opened; a highlight from before it does not count for Bo
  await store.add('updates', anUpdate(ws.digital.id, { list: 'workstreams', kind: 'highlight', at: '2017-03-15T09:00:00.000Z', author: cy.id, authorName: cy.displayName }));
  await store.add('updates', anUpdate(ws.people.id, { list: 'workstreams', kind: 'highlight', at: '2017-03-01T09:00:00.000Z', author: bo.id, authorName: bo.displayName }));
  // Ann installed the app (the bot captured her chat); Bo is found through Graph
  await new ListedConversations(store).set(ann.id, { conversationId: 'a:ann-chat', serviceUrl: 'https://smba.trafficmanager.net/emea/' });
  teams.users.add(bo.id);
}, 60_000);
afterAll(() => server.close());

const roundLedger = async () =>
  (await queryAll(store, 'reminderLog', { where: [{ field: 'id', op: 'ge', value: 1 }] })).filter((r) => r.rule === `round-${round.id}`);

describe('the hosted reminder job nudges owners missing from an update round', () => {
  it('sends one card per owner still to submit, listing their workstreams and linking each to its highlight form', async () => {
    const summary = await run('2017-03-20T07:00:00Z');
    expect(describeDigests(summary.digests)).toEqual([`round ${ann.id}: Culture/round, Estates/round`, `round ${bo.id}: People/round`]);
    expect(summary).toMatchObject({ sent: 2, failed: 0 });
    expect(teams.sent.map((s) => s.conversationId)).toEqual(['a:ann-chat', expect.stringMatching(/^19:/)]);
    for (const s of teams.sent) {
      const card = (s.body.attachments as Array<{ content: unknown }>)[0]?.content;
      expect(cardProblems(card)).toEqual([]);
    }
    const annCard = JSON.stringify((teams.sent[0]?.body.attachments as Array<{ content: unknown }>)[0]?.content);
    expect(annCard).toContain('Your highlight update is asked for: 2 workstreams');
    // each workstream opens in the tab on its own page, where its highlight update is written
    expect(decodeURIComponent(annCard)).toContain(`${M365_JOB_ENV.TRACKER_TAB_URL}/#/items/workstreams/${ws.culture?.id}`);
    expect(annCard).not.toContain('Snooze');
    // one ledger row per workstream, keyed by the round, the nudge's date (the opening day) and the owner
    expect((await roundLedger()).map((r) => [r.key, r.outcome]).sort()).toEqual(
      [
        [`workstreams:${ws.culture?.id}:round-${round.id}:2017-03-13:${ann.id}`, 'sent'],
        [`workstreams:${ws.estates?.id}:round-${round.id}:2017-03-13:${ann.id}`, 'sent'],
        [`workstreams:${ws.people?.id}:round-${round.id}:2017-03-13:${bo.id}`, 'sent'],
      ].sort()
    );
  }, 120_000);

  it('a second run sends nothing; the 7-day nudge goes once to those still missing, not to one who has since submitted', async () => {
    const before = teams.sent.length;
    const again = await run('2017-03-21T07:00:00Z'); // the next morning: the opening nudge is held
    expect(again.digests).toEqual([]);
    expect(again.sent).toBe(0);
    expect(teams.sent.length).toBe(before);

    await store.add('updates', anUpdate(ws.estates!.id, { list: 'workstreams', kind: 'highlight', at: '2017-03-22T16:00:00.000Z', author: ann.id, authorName: ann.displayName }));
    const sevenDays = await run('2017-03-23T07:00:00Z');
    expect(describeDigests(sevenDays.digests)).toEqual([`round ${ann.id}: Culture/round`, `round ${bo.id}: People/round`]);
    expect(teams.sent.length).toBe(before + 2);
    const repeat = await run('2017-03-23T11:00:00Z');
    expect(repeat.digests).toEqual([]);
    expect(teams.sent.length).toBe(before + 2);
    // the meeting day and after: nothing more
    expect((await run('2017-03-30T07:00:00Z')).digests).toEqual([]);
  }, 120_000);
});
