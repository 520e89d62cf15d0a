import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileEvidenceStore } from '../../src/adapters/local/file-evidence';
import { createSp } from '../../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../../src/adapters/sharepoint/sharepoint-store';
import { SharePointEvidenceStore } from '../../src/adapters/sharepoint/sp-evidence';
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import { closureStepOf } from '../../src/core/closure';
import type { IsoDate } from '../../src/core/dates';
import { ForbiddenError, InvalidValueError, RuleViolationError, VersionConflictError } from '../../src/core/errors';
import { summariseInspection } from '../../src/core/summary';
import type { Person } from '../../src/ports/directory';
import type { EvidenceStore } from '../../src/ports/evidence-store';
import type { TrackerStore } from '../../src/ports/tracker-store';
import {
  acceptClosureOf,
  closureRightsOf,
  closuresToReview,
  proposeClosureOf,
  recordAuthorisationOf,
  recordSupersededOf,
  returnClosureOf,
} from '../../src/services/closure';
import { closureViewOf } from '../../src/services/closure-view';
import { historyOf } from '../../src/services/items';
import { SITE, startFakeSite } from '../fakes/provisioned-site';
import { aPerson } from '../helpers/builders';
import { aBoardWithItems, aRecommendation, type BoardFixture } from '../helpers/board-builders';

const person = aPerson;
const owner = person('owner@colp.example', 'owner');
const secretary = person('sec@colp.example', 'secretary', [{ board: 'Board A', role: 'secretary' }]);
const lead = person('lead@colp.example', 'lead', [{ board: 'Board A', role: 'lead' }]);
const otherLead = person('lead.b@colp.example', 'lead', [{ board: 'Board B', role: 'lead' }]);
const member = person('member@colp.example', 'member');
const asOf = '2024-05-01' as IsoDate;
const pdf = (text = '%PDF-1.4 evidence') => ({ name: 'Evidence pack.pdf', bytes: new TextEncoder().encode(text) });

type Backend = Readonly<{ store: TrackerStore; evidence: EvidenceStore; close: () => void }>;

function sqliteBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), 'evidence-'));
  const store = new SqliteStore();
  return { store, evidence: new FileEvidenceStore(dir), close: () => rmSync(dir, { recursive: true, force: true }) };
}

function sharePointBackend(): Backend & { site: ReturnType<typeof startFakeSite> } {
  const site = startFakeSite();
  for (const p of [owner, secretary, lead, otherLead, member]) {
    site.fake.addUser(p.id, p.displayName);
  }
  const sp = createSp({ siteUrl: SITE, getToken: async () => 'test-token', throttle: { sleep: async () => undefined } });
  return { site, store: new SharePointStore(sp, SITE), evidence: new SharePointEvidenceStore(sp, SITE), close: () => site.close() };
}

describe.each([
  ['SQLite and files beside the database', sqliteBackend],
  ['SharePoint lists and item attachments (fake)', sharePointBackend],
] as const)('two-key closure on %s', (_name, make) => {
  let backend: Backend;
  let a: BoardFixture;
  let b: BoardFixture;
  beforeAll(async () => {
    backend = make();
    a = await aBoardWithItems(backend.store, 'Board A', { id: owner.id, displayName: owner.displayName });
    b = await aBoardWithItems(backend.store, 'Board B', { id: owner.id, displayName: owner.displayName });
  }, 60_000);
  afterAll(() => backend.close());

  it('proposes with a file, returns with a reason, proposes again, accepts: four dated steps with who', { timeout: 60_000 }, async () => {
    const { store, evidence } = backend;
    const id = a.action.id;
    let item = await proposeClosureOf(store, evidence, { list: 'actions', id, version: a.action.version, actor: owner, at: '2024-04-01T09:00:00.000Z', note: 'Delivered', file: pdf() });
    expect(item).toMatchObject({ lifecycle: 'closure-proposed', rag: 'AMBER' });
    expect((await evidence.files('actions', id)).map((f) => f.name)).toEqual(['Evidence pack.pdf']);
    expect(await closureRightsOf(store, owner, 'actions', id)).toMatchObject({ canPropose: false, canDecide: false });
    expect(await closureRightsOf(store, secretary, 'actions', id)).toMatchObject({ canDecide: true, proposedBy: owner.id });

    await expect(returnClosureOf(store, { list: 'actions', id, version: item.version, actor: secretary, at: '2024-04-02T09:00:00.000Z', reason: ' ' })).rejects.toThrow(InvalidValueError);
    item = await returnClosureOf(store, { list: 'actions', id, version: item.version, actor: secretary, at: '2024-04-02T09:00:00.000Z', reason: 'Evidence is the draft, not the signed report' });
    expect(item).toMatchObject({ lifecycle: 'open', rag: 'AMBER' });

    item = await proposeClosureOf(store, evidence, { list: 'actions', id, version: item.version, actor: owner, at: '2024-04-03T09:00:00.000Z', note: 'Signed report attached', link: 'https://contoso.sharepoint.com/sites/governance/Shared%20Documents/report.pdf' });
    await expect(acceptClosureOf(store, { list: 'actions', id, version: item.version, actor: owner, at: '2024-04-04T09:00:00.000Z' })).rejects.toBeInstanceOf(ForbiddenError);
    item = await acceptClosureOf(store, { list: 'actions', id, version: item.version, actor: lead, at: '2024-04-04T09:00:00.000Z', note: 'Agreed at board' });
    expect(item).toMatchObject({ lifecycle: 'closed', rag: 'GREEN' });

    const history = (await historyOf(store, 'actions', id)).filter((u) => u.kind === 'closure');
    expect(history.map((u) => [closureStepOf(u)?.step, u.author, u.at, u.previousRag, u.newRag])).toEqual([
      ['accept', lead.id, '2024-04-04T09:00:00.000Z', 'AMBER', 'GREEN'],
      ['propose', owner.id, '2024-04-03T09:00:00.000Z', 'AMBER', 'AMBER'],
      ['return', secretary.id, '2024-04-02T09:00:00.000Z', 'AMBER', 'AMBER'],
      ['propose', owner.id, '2024-04-01T09:00:00.000Z', 'AMBER', 'AMBER'],
    ]);
    const first = closureStepOf(history[3] as never);
    expect(first).toMatchObject({ step: 'propose', note: 'Delivered', file: { name: 'Evidence pack.pdf', size: 17, type: 'application/pdf' } });
    expect(history[2]?.text).toBe('Closure returned: Evidence is the draft, not the signed report');
  });

  it('never lets the proposer accept, even a secretary of the board; a board member can do none of it', { timeout: 60_000 }, async () => {
    const { store, evidence } = backend;
    const fresh = await aBoardWithItems(store, 'Board A', { id: member.id, displayName: member.displayName });
    await expect(proposeClosureOf(store, evidence, { list: 'actions', id: fresh.action.id, version: fresh.action.version, actor: member, at: '2024-04-01T09:00:00Z', note: 'x', link: 'https://example.org/a' })).rejects.toBeInstanceOf(ForbiddenError);
    const proposed = await proposeClosureOf(store, evidence, { list: 'actions', id: fresh.action.id, version: fresh.action.version, actor: secretary, at: '2024-04-01T09:00:00Z', note: 'done', link: 'https://example.org/a' });
    const own = await acceptClosureOf(store, { list: 'actions', id: fresh.action.id, version: proposed.version, actor: secretary, at: '2024-04-02T09:00:00Z' }).catch((e: unknown) => e);
    expect(own).toBeInstanceOf(RuleViolationError);
    expect((own as RuleViolationError).rule).toBe('closure-own-proposal');
    for (const actor of [member, otherLead, owner]) {
      await expect(acceptClosureOf(store, { list: 'actions', id: fresh.action.id, version: proposed.version, actor, at: '2024-04-02T09:00:00Z' })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(returnClosureOf(store, { list: 'actions', id: fresh.action.id, version: proposed.version, actor, at: '2024-04-02T09:00:00Z', reason: 'no' })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await closureRightsOf(store, member, 'actions', fresh.action.id)).toEqual({ canPropose: false, canDecide: false, proposedBy: secretary.id, canRecordFacts: false });
  });

  it('refuses a proposal without evidence or note, a stale version, and evidence of the wrong type, size or a name already attached — storing nothing', { timeout: 60_000 }, async () => {
    const { store, evidence } = backend;
    const r = b.recommendation;
    const base = { list: 'recommendations' as const, id: r.id, version: r.version, actor: owner, at: '2024-04-01T09:00:00Z' };
    await expect(proposeClosureOf(store, evidence, { ...base, note: 'done' })).rejects.toThrow(/needs evidence/);
    await expect(proposeClosureOf(store, evidence, { ...base, note: '', link: 'https://example.org' })).rejects.toThrow(/note: is required/);
    await expect(proposeClosureOf(store, evidence, { ...base, note: 'done', link: 'javascript:alert(1)' })).rejects.toThrow(/evidenceLink/);
    await expect(proposeClosureOf(store, evidence, { ...base, note: 'done', file: { name: 'run.exe', bytes: new Uint8Array(4) } })).rejects.toThrow(/evidenceFile.name: must be one of/);
    await expect(proposeClosureOf(store, evidence, { ...base, note: 'done', file: { name: 'big.pdf', bytes: new Uint8Array(10 * 1024 * 1024 + 1) } })).rejects.toThrow(/at most 10 MB/);
    await expect(proposeClosureOf(store, evidence, { ...base, version: 'stale', note: 'done', file: pdf() })).rejects.toBeInstanceOf(VersionConflictError);
    expect(await evidence.files('recommendations', r.id)).toEqual([]);
    await evidence.attach('recommendations', r.id, { name: 'Evidence pack.pdf', size: 3, type: 'application/pdf' }, new Uint8Array([1, 2, 3]));
    const fresh = (await store.get('recommendations', r.id))!;
    await expect(proposeClosureOf(store, evidence, { ...base, version: fresh.version, note: 'done', file: pdf() })).rejects.toThrow(/already attached/);
  });

  it('keeps "closed by the force", "authorised by the inspectorate" and "superseded" as separate dated facts, counted apart', { timeout: 60_000 }, async () => {
    const { store, evidence } = backend;
    const fresh = await aBoardWithItems(store, 'Board A', { id: owner.id, displayName: owner.displayName });
    const r = fresh.recommendation;
    let item = await proposeClosureOf(store, evidence, { list: 'recommendations', id: r.id, version: r.version, actor: owner, at: '2024-04-01T09:00:00Z', note: 'done', link: 'https://example.org/e' });
    await expect(recordAuthorisationOf(store, { list: 'recommendations', id: r.id, version: item.version, actor: secretary, at: '2024-04-01T10:00:00Z', on: '2024-04-01', reference: 'x' })).rejects.toThrow(/must be closed by the force/);
    item = await acceptClosureOf(store, { list: 'recommendations', id: r.id, version: item.version, actor: lead, at: '2024-04-10T09:00:00Z', reference: 'Board minute 12/24' });
    await expect(recordAuthorisationOf(store, { list: 'recommendations', id: r.id, version: item.version, actor: secretary, at: '2024-06-01T10:00:00Z', on: '2024-05-20', reference: '' })).rejects.toThrow(/reference: is required/);
    await expect(recordAuthorisationOf(store, { list: 'recommendations', id: r.id, version: item.version, actor: member, at: '2024-06-01T10:00:00Z', on: '2024-05-20', reference: 'x' })).rejects.toBeInstanceOf(ForbiddenError);
    item = await recordAuthorisationOf(store, { list: 'recommendations', id: r.id, version: item.version, actor: secretary, at: '2024-06-01T10:00:00Z', on: '2024-05-20', reference: 'HMICFRS letter 2024/117' });
    expect(item.lifecycle).toBe('authorised');

    const later = await store.add('recommendations', aRecommendation(fresh.recommendation.inspectionId, { number: '7' }));
    const old = await store.add('recommendations', aRecommendation(fresh.recommendation.inspectionId, { number: '3' }));
    const superseded = await recordSupersededOf(store, { list: 'recommendations', id: old.id, version: old.version, actor: lead, at: '2024-06-02T10:00:00Z', by: later.id, on: '2024-06-01' });
    expect(superseded.lifecycle).toBe('superseded');

    const stored = (await store.get('recommendations', r.id))!;
    expect(stored.closureFacts?.map((f) => [f.fact, f.on, f.by, f.ref])).toEqual([
      ['closed', '2024-04-10', lead.id, 'Board minute 12/24'],
      ['authorised', '2024-05-20', secretary.id, 'HMICFRS letter 2024/117'],
    ]);
    expect((await store.get('recommendations', old.id))!.closureFacts).toMatchObject([{ fact: 'superseded', supersededBy: { id: later.id, label: 'Recommendation 7' } }]);
    const all = await Promise.all([r.id, later.id, old.id].map(async (id) => (await store.get('recommendations', id))!));
    expect(summariseInspection(null, all).byLifecycle).toEqual({ open: 1, 'closure-proposed': 0, closed: 0, authorised: 1, superseded: 1 });
    const history = await historyOf(store, 'recommendations', r.id);
    expect(history[0]?.text).toBe('Authorised for closure by the inspectorate on 2024-05-20 (ref HMICFRS letter 2024/117)');

    // each side names the other with its inspection: written on the earlier one, read for the later one
    const inspection = (await store.get('inspections', fresh.recommendation.inspectionId))!.title;
    expect(await closureViewOf(store, lead, 'recommendations', old.id)).toMatchObject({
      supersededBy: { id: later.id, label: 'Recommendation 7', inspection, title: later.title },
      supersedes: [],
    });
    expect(await closureViewOf(store, lead, 'recommendations', later.id)).toMatchObject({
      supersededBy: null,
      supersedes: [{ id: old.id, label: 'Recommendation 3', inspection, title: old.title }],
    });
    expect((await store.get('recommendations', later.id))!.version).toBe(later.version); // nothing written to the later one
    expect(await closureViewOf(store, lead, 'recommendations', r.id)).toMatchObject({ supersededBy: null, supersedes: [] });
  });

  it('lists closures to review for those who serve the board, not the proposer, not other boards', { timeout: 60_000 }, async () => {
    const { store, evidence } = backend;
    const fresh = await aBoardWithItems(store, 'Board A', { id: owner.id, displayName: owner.displayName });
    await proposeClosureOf(store, evidence, { list: 'actions', id: fresh.action.id, version: fresh.action.version, actor: owner, at: '2024-04-01T09:00:00Z', note: 'done', link: 'https://example.org/e' });
    const ids = async (actor: Person) => (await closuresToReview(store, actor, asOf)).map((i) => `${i.list}:${i.id}`);
    expect(await ids(lead)).toContain(`actions:${fresh.action.id}`);
    expect(await ids(secretary)).toContain(`actions:${fresh.action.id}`);
    expect(await ids(otherLead)).not.toContain(`actions:${fresh.action.id}`);
    expect(await ids(member)).toEqual([]);
    expect(await ids(owner)).toEqual([]);
  });
});

describe('the SharePoint fake’s item attachments', () => {
  it('refuses a name already attached and characters SharePoint forbids; an attachment changes the item’s ETag', { timeout: 30_000 }, async () => {
    const backend = sharePointBackend();
    try {
      const fixture = await aBoardWithItems(backend.store, 'Board A', null);
      const url = (name: string) => `${SITE}/_api/web/lists/getByTitle('Actions')/items(${fixture.action.id})/AttachmentFiles/add(FileName='${name}')`;
      const post = (name: string) => fetch(url(name), { method: 'POST', headers: { Authorization: 'Bearer t', Accept: 'application/json' }, body: new Uint8Array([37, 80, 68, 70, 200]) });
      expect((await post('a.pdf')).status).toBe(200);
      const dup = await post('A.pdf');
      expect(dup.status).toBe(500);
      expect(JSON.stringify(await dup.json())).toContain('The specified name is already in use.');
      expect((await post('a%3Fb.pdf')).status).toBe(400);
      const after = await backend.store.get('actions', fixture.action.id);
      expect(after?.version).not.toBe(fixture.action.version);
      const bytes = await fetch(`${SITE}/_api/web/lists/getByTitle('Actions')/items(${fixture.action.id})/AttachmentFiles('a.pdf')/$value`, { headers: { Authorization: 'Bearer t' } });
      expect([...new Uint8Array(await bytes.arrayBuffer())]).toEqual([37, 80, 68, 70, 200]);
      const library = await fetch(`${SITE}/_api/web/lists/getByTitle('Snapshots')/items(1)/AttachmentFiles/add(FileName='a.pdf')`, { method: 'POST', headers: { Authorization: 'Bearer t' }, body: 'x' });
      expect(library.status).toBe(400);
    } finally {
      backend.close();
    }
  });
});
