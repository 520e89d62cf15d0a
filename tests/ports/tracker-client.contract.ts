/**
 * The TrackerClient contract: the tab's use cases must behave the same in both modes, so a
 * screen cannot work locally and differ on a tenant. Run against the local HTTP client (the
 * local server over SQLite) and the Microsoft 365 client (SharePoint and Graph fakes), both
 * holding the seeds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/core/dates';
import { VersionConflictError } from '../../src/core/errors';
import { daysOverdue } from '../../src/core/tracked-item';
import type { TrackerClient } from '../../src/ports/tracker-client';
import { queryAll, type TrackerStore } from '../../src/ports/tracker-store';

export const OWNER = 'd.service@colp.example';
export const SECRETARY = 'morgan.ellis@colp.example';
const MEMBER = 'chris.nolan@colp.example';
/** the inspections board's secretary: not the 2012 action plan's */
const OTHER_BOARD_SECRETARY = 'jo.whitfield@colp.example';
const AS_OF = '2017-03-20' as IsoDate;

export type ClientWorld = Readonly<{
  /** the client as this person would use it (signed in, or chosen in the local switcher) */
  clientFor: (personId: string) => TrackerClient;
  /** the same backend, read directly, to check what a use case did */
  store: TrackerStore;
  close: () => Promise<void>;
}>;

export function trackerClientContract(name: string, setup: () => Promise<ClientWorld>): void {
  describe(`TrackerClient contract: ${name}`, () => {
    let world: ClientWorld;
    beforeAll(async () => {
      world = await setup();
    }, 180_000);
    afterAll(() => world?.close());

    it('My items: every item the person owns and no one else’s, overdue first', async () => {
      const items = await world.clientFor(OWNER).myItems(AS_OF);
      const owned = await queryAll(world.store, 'actions', { where: [{ field: 'owner', op: 'eq', value: OWNER }] });
      expect(items.length).toBeGreaterThan(5);
      expect(items.every((i) => i.owner?.id === OWNER)).toBe(true);
      const shown = new Set(items.filter((i) => i.list === 'actions').map((i) => i.id));
      expect(owned.filter((a) => a.kind !== 'template').every((a) => shown.has(a.id))).toBe(true);
      const overdue = items.map((i) => daysOverdue(i, AS_OF) > 0);
      expect(overdue.indexOf(false) === -1 || !overdue.slice(overdue.indexOf(false)).includes(true)).toBe(true);
    });

    it('saves an edit at the item’s version, records it in the history as the person, and refuses a stale one with the current item', async () => {
      const owner = world.clientFor(OWNER);
      const [first] = (await owner.myItems(AS_OF)).filter((i) => i.list === 'actions');
      if (!first) {
        throw new Error('the seeds give the owner no action');
      }
      const saved = await owner.save(first.list, first.id, first.version, { progress: 'Contract: panel met in March.' });
      expect(saved.version).not.toBe(first.version);
      const { item, history } = await owner.item(first.list, first.id);
      expect(item.progress).toBe('Contract: panel met in March.');
      expect(history[0]).toMatchObject({ author: OWNER });
      const stale = await owner.save(first.list, first.id, first.version, { progress: 'A stale edit' }).catch((e: unknown) => e);
      expect(stale).toBeInstanceOf(VersionConflictError);
      expect((stale as VersionConflictError<{ progress: string }>).current.progress).toBe('Contract: panel met in March.');
    });

    it('refuses RED without a rationale, with the same code and the field named', async () => {
      const owner = world.clientFor(OWNER);
      const [first] = (await owner.myItems(AS_OF)).filter((i) => i.list === 'actions' && i.rag !== 'RED');
      if (!first) {
        throw new Error('the seeds give the owner no non-RED action');
      }
      const error = (await owner.save(first.list, first.id, first.version, { rag: 'RED', ragRationale: null }).catch((e: unknown) => e)) as { code?: string; message?: string };
      expect(error.code).toBe('RULE_VIOLATION');
      expect(error.message).toMatch(/rationale/i);
    });

    it('finds people by name', async () => {
      const found = await world.clientFor(OWNER).people('Pep');
      expect(found.map((p) => p.id)).toContain('phil.pepper@colp.example');
    });

    it('lists inspections with their counted figures, and one report with its items', async () => {
      const client = world.clientFor(OWNER);
      const reports = await client.inspections();
      const stored = await queryAll(world.store, 'inspections', { where: [{ field: 'id', op: 'gt', value: 0 }] });
      expect(reports).toHaveLength(stored.length);
      const report = reports[0];
      if (!report) {
        throw new Error('no inspection');
      }
      const detail = await client.inspection(report.id);
      const recs = await queryAll(world.store, 'recommendations', { where: [{ field: 'inspectionId', op: 'eq', value: report.id }] });
      expect(detail.items.length).toBe(recs.length);
    });

    it('lists the workstreams and opens one with its deliverables and highlight reports', async () => {
      const client = world.clientFor(OWNER);
      const streams = await client.workstreams();
      expect(streams.length).toBeGreaterThanOrEqual(6);
      const first = streams[0];
      if (!first) {
        throw new Error('no workstream');
      }
      const detail = await client.workstream(first.id);
      expect(detail).toMatchObject({ id: first.id, title: first.title });
      expect(detail.progress.length + detail.nextSteps.length).toBeGreaterThan(0);
    });

    it('saves a workstream highlight report as the workstream’s new state and ONE dated highlight update; a stale one is refused', async () => {
      const secretary = world.clientFor(SECRETARY);
      const [first] = await secretary.workstreams();
      if (!first) {
        throw new Error('no workstream');
      }
      const before = await secretary.workstream(first.id);
      const report = {
        reportDate: '2023-05-10' as IsoDate,
        projectRag: 'AMBER' as const,
        benefitRag: 'RED' as const,
        progress: ['Contract: survey closed', 'Contract: panel met'],
        keyNextSteps: ['Contract: publish results'],
        recommendationsToBoard: 'Contract: note the survey results',
        decisionsRequired: 'Contract: approve the budget',
        kpis: ['Contract: 80% response rate'],
      };
      await secretary.saveHighlight(first.id, before.version, report);
      const after = await secretary.workstream(first.id);
      expect(after).toMatchObject({ projectRag: 'AMBER', benefitRag: 'RED', progress: report.progress, nextSteps: report.keyNextSteps, kpis: report.kpis, recommendationsToBoard: report.recommendationsToBoard, decisionsRequired: report.decisionsRequired, lastReportDate: '2023-05-10' });
      expect(after.highlights).toHaveLength(before.highlights.length + 1);
      expect(after.highlights.at(-1)).toMatchObject({
        reportDate: '2023-05-10',
        reportDateText: '10/05/2023',
        projectRag: 'AMBER',
        benefitRag: 'RED',
        progress: report.progress,
        nextSteps: report.keyNextSteps,
        kpis: report.kpis,
        recommendationsToBoard: report.recommendationsToBoard,
        decisionsRequired: report.decisionsRequired,
        author: 'Morgan Ellis',
      });
      const stale = await secretary.saveHighlight(first.id, before.version, report).catch((e: unknown) => e);
      expect(stale).toBeInstanceOf(VersionConflictError);
      expect((await secretary.workstream(first.id)).highlights).toHaveLength(before.highlights.length + 1);
      const bad = (await secretary.saveHighlight(first.id, after.version, { ...report, benefitRag: 'PURPLE' as never }).catch((e: unknown) => e)) as { code?: string; field?: string };
      expect(bad.code).toBe('INVALID_VALUE');
      expect(bad.field).toBe('benefitRag');
    });

    it('unassigned items have no owner; a secretary assigns one, an owner may not', async () => {
      const unassigned = await world.clientFor(SECRETARY).unassigned(AS_OF);
      expect(unassigned.length).toBeGreaterThan(0);
      expect(unassigned.every((i) => i.owner === null)).toBe(true);
      const [one, two] = unassigned;
      if (!one || !two) {
        throw new Error('too few unassigned items in the seeds');
      }
      const refused = await world.clientFor(OWNER).assign([{ list: two.list, id: two.id, version: two.version }], { id: OWNER, displayName: 'T/Supt. Service' });
      expect(refused.map((r) => r.outcome)).toEqual(['forbidden']);
      const done = await world.clientFor(SECRETARY).assign([{ list: one.list, id: one.id, version: one.version }], { id: 'phil.pepper@colp.example', displayName: 'Phil Pepper' });
      expect(done.map((r) => r.outcome)).toEqual(['assigned']);
      expect((await world.clientFor(SECRETARY).item(one.list, one.id)).item.owner?.id).toBe('phil.pepper@colp.example');
    });

    it('refuses an import by someone who is not a board secretary, whatever the tab shows', async () => {
      const csv = new TextEncoder().encode('Ref,Action,Owner,Due,RAG\nCT-02,Contract refused action,Phil Pepper,31/03/2027,AMBER\n');
      await expect(world.clientFor(OWNER).importFile('contract.csv', csv, { preview: false, strict: false })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect(await queryAll(world.store, 'actions', { where: [{ field: 'ref', op: 'eq', value: 'CT-02' }] })).toHaveLength(0);
    });

    it('previews an import without writing anything', async () => {
      const csv = new TextEncoder().encode('Ref,Action,Owner,Due,RAG\nCT-01,Contract preview action,Phil Pepper,31/03/2027,AMBER\n');
      const report = await world.clientFor(SECRETARY).importFile('contract.csv', csv, { preview: true, strict: false });
      expect(report).toMatchObject({ create: 1, rejected: [], applied: null });
      const written = await queryAll(world.store, 'actions', { where: [{ field: 'ref', op: 'eq', value: 'CT-01' }] });
      expect(written).toHaveLength(0);
    });

    it('a board’s secretary records a decision against an item: a dated decision Update in its history, as them; others may not', async () => {
      const [target] = (await world.clientFor(OWNER).myItems(AS_OF)).filter((i) => i.list === 'actions');
      if (!target) {
        throw new Error('the seeds give the owner no action');
      }
      const secretary = world.clientFor(SECRETARY);
      const update = await secretary.recordDecision(target.list, target.id, { text: 'Contract: fund the pilot for a year', meetingDate: '2023-05-10' as IsoDate, meetingId: 'MCMxOTptZWV0aW5n' });
      expect(update).toMatchObject({ kind: 'decision', author: SECRETARY, reportDate: '2023-05-10' });
      const { history } = await secretary.item(target.list, target.id);
      expect(history[0]).toMatchObject({ kind: 'decision', author: SECRETARY, text: 'Decision at the meeting of 10 May 2023: Contract: fund the pilot for a year' });
      expect(JSON.parse(history[0]?.body ?? '{}')).toEqual({ decision: 'Contract: fund the pilot for a year', meetingDate: '2023-05-10', meetingId: 'MCMxOTptZWV0aW5n' });
      // its owner, a board member and the secretary of another board are refused, whatever the tab shows
      for (const who of [OWNER, MEMBER, OTHER_BOARD_SECRETARY]) {
        await expect(world.clientFor(who).recordDecision(target.list, target.id, { text: 'Not theirs to record', meetingDate: '2023-05-10' as IsoDate })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      }
      await expect(secretary.recordDecision(target.list, target.id, { text: '  ', meetingDate: '2023-05-10' as IsoDate })).rejects.toMatchObject({ code: 'INVALID_VALUE', field: 'decision' });
      await expect(secretary.recordDecision(target.list, target.id, { text: 'A decision', meetingDate: '31/02/2023' as IsoDate })).rejects.toMatchObject({ code: 'INVALID_VALUE', field: 'meetingDate', value: '31/02/2023' });
      const after = await secretary.item(target.list, target.id);
      expect(after.history.filter((u) => u.kind === 'decision')).toHaveLength(1);
    });

    it('a board’s secretary adds an action agreed at the meeting, on the item’s board, its history saying so; others may not', async () => {
      const [about] = (await world.clientFor(OWNER).myItems(AS_OF)).filter((i) => i.list === 'actions');
      if (!about) {
        throw new Error('the seeds give the owner no action');
      }
      const secretary = world.clientFor(SECRETARY);
      const action = await secretary.addAgreedAction(about.list, about.id, { title: 'Contract: brief the new panel', owner: { id: 'phil.pepper@colp.example', displayName: 'Phil Pepper' }, dueText: 'Q2 23/24', meetingDate: '2023-05-10' as IsoDate });
      expect(action).toMatchObject({ list: 'actions', title: 'Contract: brief the new panel', parentId: about.parentId, lifecycle: 'open', due: { text: 'Q2 23/24' } });
      expect(action.owner?.id).toBe('phil.pepper@colp.example');
      const { history } = await secretary.item('actions', action.id);
      expect(history.map((u) => [u.kind, u.author, u.text])).toEqual([['decision', SECRETARY, 'Agreed at the meeting of 10 May 2023']]);
      await expect(secretary.addAgreedAction(about.list, about.id, { title: 'Bad due', dueText: 'next Thursday-ish', meetingDate: '2023-05-10' as IsoDate })).rejects.toMatchObject({ code: 'INVALID_VALUE', field: 'dueText' });
      await expect(secretary.addAgreedAction(about.list, about.id, { title: '', meetingDate: '2023-05-10' as IsoDate })).rejects.toMatchObject({ code: 'INVALID_VALUE', field: 'title' });
      for (const who of [OWNER, MEMBER]) {
        await expect(world.clientFor(who).addAgreedAction(about.list, about.id, { title: 'Not theirs', meetingDate: '2023-05-10' as IsoDate })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      }
      const beside = await queryAll(world.store, 'actions', { where: [{ field: 'workstreamId', op: 'eq', value: about.parentId as number }] });
      expect(beside.filter((a) => a.title === 'Not theirs' || a.title === 'Bad due')).toEqual([]);
    });

    it('shows the toolkit and the action plans, with the same counts in the list and the plan', async () => {
      const client = world.clientFor(SECRETARY);
      expect((await client.templates()).length).toBeGreaterThan(0);
      const plans = await client.plans();
      const plan = plans[0];
      if (!plan) {
        throw new Error('no plan');
      }
      const detail = await client.plan(plan.boardId);
      expect(detail.actions).toBe(plan.actions);
      expect(detail.objectives).toBe(plan.objectives);
    });
  });
}
