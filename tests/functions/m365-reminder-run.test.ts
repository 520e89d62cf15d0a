/**
 * The scheduled reminder job end to end, as the timer runs it (runM365Reminders), against
 * HTTP-level fakes of everything it calls: SharePoint (the items, the board groups, the ledger,
 * the bot's conversations), Graph (installing the app, the chat id, the activity feed), the Entra
 * token endpoint and the Bot Connector. Policy → ledger → cards → sends; the same day again sends
 * nothing twice and retries only what failed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ListedConversations } from '../../src/adapters/teams/listed-conversations';
import { queryAll } from '../../src/ports/tracker-store';
import { cardProblems } from '../core/cards/validate-card';
import { reminderJobOnFakes } from './reminder-job-fakes';
import { ann, bo, describeDigests, lee, sec, seedFixture } from '../jobs/reminders/reminder-fixture';

const { sharePoint, teams, server, store, run: runAt } = reminderJobOnFakes();
const run = () => runAt(new Date('2017-03-20T07:00:00Z'));

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  const fixture = await seedFixture(store, 'timer');
  sharePoint.addUser(sec.id, sec.displayName);
  sharePoint.groups.set(`${fixture.board} Secretaries`, new Set([sec.id]));
  sharePoint.groupsVisibleToEveryone.add(`${fixture.board} Secretaries`); // as provisioning leaves it
  // Ann installed the app: the bot captured her chat. Bo and Sam are found through Graph.
  // Lee is not in the directory: his digest cannot be delivered.
  await new ListedConversations(store).set(ann.id, { conversationId: 'a:ann-chat', serviceUrl: 'https://smba.trafficmanager.net/emea/' });
  teams.users.add(bo.id);
  teams.users.add(sec.id);
}, 60_000);
afterAll(() => server.close());

describe('the scheduled reminder job in Microsoft 365, end to end on the fakes', () => {
  it('plans, claims, sends one valid card per recipient through the Connector, and records each outcome', async () => {
    const summary = await run();
    expect(describeDigests(summary.digests)).toEqual([
      `owner ${ann.id}: overdue/overdue, tomorrow/before-1`,
      `owner ${bo.id}: fortnight/before-14`,
      `unassigned ${sec.id}: unassigned/before-7`,
      `escalation ${lee.id}: overdue/overdue`,
      `escalation ${sec.id}: overdue/overdue`,
      `needs-date ${lee.id}: tbc/needs-date`,
    ]);
    expect(summary).toMatchObject({ sent: 4, failed: 2, skipped: 0 });
    // Ann's card went to the captured conversation; Bo and Sam got the app installed and their chat read
    const posted = teams.sent.map((s) => s.conversationId);
    expect(posted).toHaveLength(4);
    expect(posted[0]).toBe('a:ann-chat');
    expect([...teams.installed].sort()).toEqual([bo.id, sec.id]);
    for (const s of teams.sent) {
      const card = (s.body.attachments as Array<{ content: unknown }>)[0]?.content;
      expect(cardProblems(card)).toEqual([]);
      expect(s.auth).toBe('Bearer bf-token-1'); // one token for the whole run
    }
    const ledger = await queryAll(store, 'reminderLog', { where: [{ field: 'id', op: 'ge', value: 1 }] });
    expect(ledger.filter((r) => r.outcome === 'sent')).toHaveLength(5); // Ann's two items, Bo's, Sam's two
    expect(ledger.filter((r) => r.outcome === 'recipient-not-found').map((r) => r.recipient)).toEqual([lee.id, lee.id]);
    // the chats found through Graph are kept for next time
    expect(await new ListedConversations(store).get(bo.id)).toMatchObject({ conversationId: expect.stringMatching(/^19:/) });
  }, 120_000);

  it('the same day again sends nothing twice: only the undelivered digests are tried again', async () => {
    const postsBefore = teams.sent.length;
    const summary = await run();
    expect(describeDigests(summary.digests)).toEqual([`escalation ${lee.id}: overdue/overdue`, `needs-date ${lee.id}: tbc/needs-date`]);
    expect(summary).toMatchObject({ sent: 0, failed: 2 });
    expect(teams.sent.length).toBe(postsBefore);
  }, 120_000);
});
