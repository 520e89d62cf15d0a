/**
 * The RoundClient contract: update rounds behave the same in both modes. Run against the local
 * HTTP client (the local server over SQLite, reminders to the Outbox through the ledger) and the
 * Microsoft 365 client (the SharePoint fake). People are the local directory's: Morgan Ellis is
 * secretary of every board, Jo Whitfield of the HMICFRS board only, Ruth Adeyemi leads the
 * Operational Delivery Board, Chris Nolan is a member, Priya Shah an owner.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError, InvalidValueError, RuleViolationError } from '../../src/core/errors';
import { newWorkstream } from '../../src/core/records';
import { addDays, londonDateOf } from '../../src/core/dates';
import type { RoundClient } from '../../src/ports/round-client';
import type { Person } from '../../src/ports/directory';
import type { TrackerStore } from '../../src/ports/tracker-store';
import { LOCAL_PEOPLE, SEED_BOARDS } from '../../src/seed/people';
import { saveHighlight } from '../../src/services/highlights';
import { aBoardWithItems } from '../helpers/board-builders';

const SECRETARY = 'morgan.ellis@colp.example';
const OTHER_SECRETARY = 'jo.whitfield@colp.example';
const LEAD = 'ruth.adeyemi@colp.example';
const MEMBER = 'chris.nolan@colp.example';
const PRIYA = LOCAL_PEOPLE.find((p) => p.id === 'priya.shah@colp.example') as Person;
const SAM = LOCAL_PEOPLE.find((p) => p.id === 'sam.okafor@colp.example') as Person;

export type RoundWorld = Readonly<{
  clientFor: (personId: string) => RoundClient;
  /** the same backend, read directly */
  store: TrackerStore;
  /** the backend as one person (on SharePoint, authorship is the site's Created By) */
  storeFor: (personId: string) => TrackerStore;
  /** the reminders a person received (local mode's Outbox), or null where the tab sends none */
  received: ((personId: string) => Promise<number>) | null;
  close: () => Promise<void>;
}>;

let boardN = 0;

/** A board of three workstreams: Sam's, Priya's and one owned by a role nobody is mapped to. */
async function aBoardOfWorkstreams(store: TrackerStore) {
  const { board, workstream } = await aBoardWithItems(store, SEED_BOARDS.operational, SAM);
  boardN += 1;
  const priyas = await store.add('workstreams', newWorkstream({ kind: 'workstream', title: 'Partnerships', boardId: board.id, owner: PRIYA, ownerText: 'Ch Supt Transform', sourceKey: `round-ws:${boardN}:${Date.now()}` }));
  const nobody = await store.add('workstreams', newWorkstream({ kind: 'workstream', title: 'Estates', boardId: board.id, owner: null, ownerText: 'DS', sourceKey: `round-ws-none:${boardN}:${Date.now()}` }));
  return { board, sams: workstream, priyas, nobody };
}

const inDays = (n: number) => addDays(londonDateOf(new Date()), n);

export function roundClientContract(name: string, setup: () => Promise<RoundWorld>): void {
  describe(`RoundClient contract: ${name}`, () => {
    let world: RoundWorld;
    beforeAll(async () => {
      world = await setup();
    }, 120_000);
    afterAll(() => world?.close());

    it('a secretary opens a round; a highlight update sent after it counts as submitted, the others are missing', { timeout: 60_000 }, async () => {
      const { board, sams, priyas, nobody } = await aBoardOfWorkstreams(world.store);
      const secretary = world.clientFor(SECRETARY);
      expect((await secretary.boards()).map((b) => b.id)).toContain(board.id);
      const round = await secretary.open(board.id, inDays(10));
      expect(round).toMatchObject({ boardId: board.id, board: SEED_BOARDS.operational, meetingDate: inDays(10), openedBy: SECRETARY, openedByName: 'Morgan Ellis' });
      expect((await secretary.list()).map((r) => r.id)).toContain(round.id);

      let view = await secretary.view(round.id);
      expect(view.entries.map((e) => [e.title, e.submitted])).toEqual([
        ['Estates', null],
        [`${SEED_BOARDS.operational} workstream`, null],
        ['Partnerships', null],
      ]);
      expect(view).toMatchObject({ submitted: 0, missing: 3, canRemind: true });

      await saveHighlight(world.storeFor(SAM.id), {
        id: sams.id,
        version: sams.version,
        actor: SAM,
        at: new Date().toISOString(),
        report: { reportDate: inDays(0), projectRag: 'AMBER', benefitRag: 'GREEN', progress: ['Hub opened'], keyNextSteps: ['Staff it'], recommendationsToBoard: null, decisionsRequired: 'Agree the budget', kpis: [] },
      });
      view = await world.clientFor(LEAD).view(round.id);
      expect(view).toMatchObject({ submitted: 1, missing: 2, canRemind: false });
      expect(view.entries.find((e) => e.workstreamId === sams.id)?.submitted).toMatchObject({ by: 'Sam Okafor', reportDate: inDays(0), projectRag: 'AMBER', benefitRag: 'GREEN' });
      expect(view.entries.find((e) => e.workstreamId === priyas.id)).toMatchObject({ owner: { id: PRIYA.id }, submitted: null });
      expect(view.entries.find((e) => e.workstreamId === nobody.id)).toMatchObject({ owner: null, ownerText: 'DS', submitted: null });
    });

    it('opening a round asks each owner once, through the ledger: "remind those missing" the same day sends nothing more', { timeout: 60_000 }, async () => {
      const { board } = await aBoardOfWorkstreams(world.store);
      const secretary = world.clientFor(SECRETARY);
      const received = world.received;
      const counts = async () => (received ? { priya: await received(PRIYA.id), sam: await received(SAM.id) } : null);
      const before = await counts();
      const round = await secretary.open(board.id, inDays(12));
      if (!received || !before) {
        expect(secretary.canSendReminders).toBe(false);
        await expect(secretary.remindMissing(round.id)).rejects.toThrow(/hosted reminder job/);
        await expect(world.clientFor(MEMBER).remindMissing(round.id)).rejects.toBeInstanceOf(ForbiddenError);
        return;
      }
      // the round's opening asked each owner at once (a later day's press reminds those still missing:
      // tests/server/round-opening-ask.test.ts moves the clock)
      const asked = { priya: before.priya + 1, sam: before.sam + 1 };
      expect(await counts()).toEqual(asked);
      for (const press of [1, 2]) {
        const result = await world.clientFor(SECRETARY).remindMissing(round.id);
        expect(result, `press ${press}`).toEqual({ reminded: [], already: ['Sam Okafor', 'Priya Shah'], failed: [], noOwner: ['Estates'] });
      }
      expect(await counts()).toEqual(asked);
    });

    it('only a secretary of the board opens or reminds; a member cannot see a round', { timeout: 60_000 }, async () => {
      const { board } = await aBoardOfWorkstreams(world.store);
      const date = inDays(14);
      for (const who of [MEMBER, LEAD, OTHER_SECRETARY, PRIYA.id]) {
        await expect(world.clientFor(who).open(board.id, date), who).rejects.toBeInstanceOf(ForbiddenError);
      }
      expect((await world.clientFor(OTHER_SECRETARY).boards()).map((b) => b.id)).not.toContain(board.id);
      const round = await world.clientFor(SECRETARY).open(board.id, date);
      await expect(world.clientFor(MEMBER).view(round.id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(world.clientFor(LEAD).remindMissing(round.id)).rejects.toBeInstanceOf(ForbiddenError);
      expect((await world.clientFor(MEMBER).list()).map((r) => r.id)).not.toContain(round.id);
    });

    it('refuses a second round for the same meeting and a meeting in the past, naming the field', { timeout: 60_000 }, async () => {
      const { board } = await aBoardOfWorkstreams(world.store);
      const secretary = world.clientFor(SECRETARY);
      await secretary.open(board.id, inDays(20));
      const twice = await secretary.open(board.id, inDays(20)).catch((e: unknown) => e);
      expect(twice).toBeInstanceOf(RuleViolationError);
      expect((twice as Error).message).toMatch(/already has an update round for the meeting on/);
      const past = await secretary.open(board.id, inDays(-1)).catch((e: unknown) => e);
      expect(past).toBeInstanceOf(InvalidValueError);
      expect((past as Error).message).toMatch(/Meeting date/);
      expect((past as Error).message).toContain(inDays(-1));
      const junk = await secretary.open(board.id, '31/02/2027').catch((e: unknown) => e);
      expect(junk).toBeInstanceOf(InvalidValueError);
      expect((junk as Error).message).toMatch(/Meeting date.*31\/02\/2027/);
    });
  });
}
