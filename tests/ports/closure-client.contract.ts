/**
 * The ClosureClient contract: two-key closure must behave the same in both modes. Run against
 * the local HTTP client (the local server over SQLite, evidence files beside the database) and
 * the Microsoft 365 client (the SharePoint fake, evidence as item attachments). People are the
 * local directory's: Ruth Adeyemi leads the Operational Delivery Board, Jo Whitfield is the
 * HMICFRS board's secretary, Morgan Ellis serves every board, Chris Nolan is a member.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closureStepOf } from '../../src/core/closure';
import type { IsoDate } from '../../src/core/dates';
import { ForbiddenError, InvalidValueError, RuleViolationError, VersionConflictError } from '../../src/core/errors';
import type { ClosureClient } from '../../src/ports/closure-client';
import type { EvidenceStore } from '../../src/ports/evidence-store';
import type { TrackerStore } from '../../src/ports/tracker-store';
import { SEED_BOARDS } from '../../src/seed/people';
import { historyOf } from '../../src/services/items';
import { aBoardWithItems, aRecommendation } from '../helpers/board-builders';

export const OWNER = { id: 'd.service@colp.example', displayName: 'T/Supt. Service' };
export const LEAD = 'ruth.adeyemi@colp.example';
export const SECRETARY = 'morgan.ellis@colp.example';
export const INSPECTIONS_SECRETARY = 'jo.whitfield@colp.example';
export const MEMBER = 'chris.nolan@colp.example';
const AS_OF = '2024-05-01' as IsoDate;

export type ClosureWorld = Readonly<{
  clientFor: (personId: string) => ClosureClient;
  /** the same backend, read directly, to check what a use case did */
  store: TrackerStore;
  evidence: EvidenceStore;
  close: () => Promise<void>;
}>;

const pdf = (name = 'Signed report.pdf') => ({ name, bytes: new TextEncoder().encode('%PDF-1.4 the signed report') });

export function closureClientContract(name: string, setup: () => Promise<ClosureWorld>): void {
  describe(`ClosureClient contract: ${name}`, () => {
    let world: ClosureWorld;
    beforeAll(async () => {
      world = await setup();
    }, 120_000);
    afterAll(() => world?.close());

    it('propose with a file → return with a reason → propose with a link → accept: four steps in the history, each with who', { timeout: 60_000 }, async () => {
      const { action } = await aBoardWithItems(world.store, SEED_BOARDS.operational, OWNER);
      const owner = world.clientFor(OWNER.id);
      const lead = world.clientFor(LEAD);
      const secretary = world.clientFor(SECRETARY);
      expect(await owner.view('actions', action.id)).toMatchObject({ canPropose: true, canDecide: false, proposal: null });

      let item = await owner.propose('actions', action.id, action.version, { note: 'Delivered in March', file: pdf() });
      expect(item).toMatchObject({ lifecycle: 'closure-proposed', rag: action.rag });
      expect((await world.evidence.files('actions', action.id)).map((f) => f.name)).toEqual(['Signed report.pdf']);
      const seen = await secretary.view('actions', action.id);
      expect(seen).toMatchObject({ canDecide: true, proposal: { by: OWNER.id, note: 'Delivered in March', file: { name: 'Signed report.pdf', type: 'application/pdf' } } });
      expect(seen.proposal?.file?.url).toMatch(/Signed(%20| )report\.pdf$/);
      expect(await owner.view('actions', action.id)).toMatchObject({ canPropose: false, canDecide: false });

      item = await secretary.sendBack('actions', action.id, item.version, { reason: 'That is the draft, not the signed report' });
      expect(item.lifecycle).toBe('open');
      item = await owner.propose('actions', action.id, item.version, { note: 'Signed copy', link: 'https://contoso.sharepoint.com/sites/governance/Shared%20Documents/signed.pdf' });
      const own = await owner.accept('actions', action.id, item.version, {}).catch((e: unknown) => e);
      expect(own).toBeInstanceOf(ForbiddenError);
      item = await lead.accept('actions', action.id, item.version, { note: 'Agreed at board' });
      expect(item).toMatchObject({ lifecycle: 'closed', rag: 'GREEN' });

      const steps = (await historyOf(world.store, 'actions', action.id)).filter((u) => u.kind === 'closure');
      expect(steps.map((u) => [closureStepOf(u)?.step, u.author])).toEqual([
        ['accept', LEAD],
        ['propose', OWNER.id],
        ['return', SECRETARY],
        ['propose', OWNER.id],
      ]);
      expect(steps[2]?.text).toBe('Closure returned: That is the draft, not the signed report');
    });

    it('a board member, a lead of another board and the proposer cannot decide; a member cannot propose', { timeout: 60_000 }, async () => {
      const { action } = await aBoardWithItems(world.store, SEED_BOARDS.operational, OWNER);
      const member = world.clientFor(MEMBER);
      expect(await member.view('actions', action.id)).toMatchObject({ canPropose: false, canDecide: false, canRecordFacts: false });
      await expect(member.propose('actions', action.id, action.version, { note: 'done', link: 'https://example.org/e' })).rejects.toBeInstanceOf(ForbiddenError);
      const item = await world.clientFor(OWNER.id).propose('actions', action.id, action.version, { note: 'done', link: 'https://example.org/e' });
      for (const who of [MEMBER, INSPECTIONS_SECRETARY]) {
        await expect(world.clientFor(who).accept('actions', action.id, item.version, {})).rejects.toBeInstanceOf(ForbiddenError);
        await expect(world.clientFor(who).sendBack('actions', action.id, item.version, { reason: 'no' })).rejects.toBeInstanceOf(ForbiddenError);
      }
      expect(await world.clientFor(INSPECTIONS_SECRETARY).view('actions', action.id)).toMatchObject({ canDecide: false });
    });

    it('refuses a proposal with no evidence, a link that is not a web address, an empty reason and a stale version, naming the field', { timeout: 60_000 }, async () => {
      const { action } = await aBoardWithItems(world.store, SEED_BOARDS.operational, OWNER);
      const owner = world.clientFor(OWNER.id);
      const none = await owner.propose('actions', action.id, action.version, { note: 'done' }).catch((e: unknown) => e);
      expect(none).toBeInstanceOf(RuleViolationError);
      expect((none as Error).message).toMatch(/evidence: a link or a file/);
      const bad = await owner.propose('actions', action.id, action.version, { note: 'done', link: 'not a link' }).catch((e: unknown) => e);
      expect(bad).toBeInstanceOf(InvalidValueError);
      expect((bad as Error).message).toMatch(/evidenceLink.*web address.*not a link/);
      const badFile = await owner.propose('actions', action.id, action.version, { note: 'done', file: { name: 'run.exe', bytes: new Uint8Array([1]) } }).catch((e: unknown) => e);
      expect((badFile as Error).message).toMatch(/evidenceFile\.name.*run\.exe/);
      expect(await world.evidence.files('actions', action.id)).toEqual([]);
      const item = await owner.propose('actions', action.id, action.version, { note: 'done', link: 'https://example.org/e' });
      const blank = await world.clientFor(LEAD).sendBack('actions', action.id, item.version, { reason: '  ' }).catch((e: unknown) => e);
      expect((blank as Error).message).toMatch(/reason.*required/);
      await expect(world.clientFor(LEAD).accept('actions', action.id, action.version, {})).rejects.toBeInstanceOf(VersionConflictError);
    });

    it('Closures to review: the boards the person serves, with the evidence, the longest waiting first; not the proposer’s own', { timeout: 60_000 }, async () => {
      const first = await aBoardWithItems(world.store, SEED_BOARDS.operational, OWNER);
      const second = await aBoardWithItems(world.store, SEED_BOARDS.operational, OWNER);
      const owner = world.clientFor(OWNER.id);
      await owner.propose('actions', second.action.id, second.action.version, { note: 'second', link: 'https://example.org/2' });
      await owner.propose('actions', first.action.id, first.action.version, { note: 'first', link: 'https://example.org/1' });
      const forLead = await world.clientFor(LEAD).toReview(AS_OF);
      const mine = forLead.filter((i) => i.id === first.action.id || i.id === second.action.id);
      expect(mine.map((i) => [i.id, i.proposal.note, i.proposal.link, i.proposal.by])).toEqual([
        [second.action.id, 'second', 'https://example.org/2', OWNER.id],
        [first.action.id, 'first', 'https://example.org/1', OWNER.id],
      ]);
      expect(mine[0]?.board).toBe(SEED_BOARDS.operational);
      const times = forLead.map((i) => i.proposal.at);
      expect([...times].sort()).toEqual(times);
      expect((await world.clientFor(INSPECTIONS_SECRETARY).toReview(AS_OF)).some((i) => i.id === first.action.id && i.list === 'actions')).toBe(false);
      expect(await world.clientFor(MEMBER).toReview(AS_OF)).toEqual([]);
      expect(await owner.toReview(AS_OF)).toEqual([]);
    });

    it('inspection items: closed by the force with a reference, then authorised by the inspectorate; another superseded, each a dated fact', { timeout: 60_000 }, async () => {
      const { recommendation } = await aBoardWithItems(world.store, SEED_BOARDS.inspections, OWNER);
      const later = await world.store.add('recommendations', aRecommendation(recommendation.inspectionId, { number: '9' }));
      const older = await world.store.add('recommendations', aRecommendation(recommendation.inspectionId));
      const jo = world.clientFor(INSPECTIONS_SECRETARY);
      let item = await world.clientFor(OWNER.id).propose('recommendations', recommendation.id, recommendation.version, { note: 'done', link: 'https://example.org/r' });
      item = await jo.accept('recommendations', recommendation.id, item.version, { reference: 'Board minute 12/24' });
      expect(item.lifecycle).toBe('closed');
      const early = await jo.authorise(older.id, older.version, { on: '2024-05-20', reference: 'x' }).catch((e: unknown) => e);
      expect(early).toBeInstanceOf(RuleViolationError);
      item = await jo.authorise(recommendation.id, item.version, { on: '2024-05-20', reference: 'HMICFRS letter 2024/117' });
      expect(item.lifecycle).toBe('authorised');
      expect((await jo.view('recommendations', recommendation.id)).facts.map((f) => [f.fact, f.ref, f.by])).toEqual([
        ['closed', 'Board minute 12/24', INSPECTIONS_SECRETARY],
        ['authorised', 'HMICFRS letter 2024/117', INSPECTIONS_SECRETARY],
      ]);
      const options = await jo.supersedeOptions(older.id);
      expect(options.map((o) => o.id)).toContain(later.id);
      expect(options.map((o) => o.id)).not.toContain(older.id);
      const badDate = await jo.supersede(older.id, older.version, { by: later.id, on: '20/05/2024' }).catch((e: unknown) => e);
      expect((badDate as Error).message).toMatch(/on.*YYYY-MM-DD.*20\/05\/2024/);
      item = await jo.supersede(older.id, older.version, { by: later.id, on: '2024-06-01', reference: 'PEEL 2024' });
      expect(item.lifecycle).toBe('superseded');
      expect((await jo.view('recommendations', older.id)).facts).toMatchObject([{ fact: 'superseded', on: '2024-06-01', supersededBy: { id: later.id, label: 'Recommendation 9' } }]);
      // Ruth leads other boards, not the inspections board
      await expect(world.clientFor(LEAD).supersede(later.id, later.version, { by: recommendation.id, on: '2024-06-01' })).rejects.toBeInstanceOf(ForbiddenError);
    });
  });
}
