import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import { loadSeed } from '../../src/seed/load-seed';
import { LOCAL_PEOPLE } from '../../src/seed/people';
import { readSeed } from '../../src/seed/read-seed';
import { planSeed } from '../../src/seed/seed-plan';
import { queryAll } from '../../src/ports/tracker-store';

describe('seeding from the project’s copy of the seed documents', () => {
  const plan = planSeed(readSeed(), LOCAL_PEOPLE);
  const kinds = (k: string) => plan.workstreams.filter((w) => w.record.kind === k).length;

  it('plans every document: 6 workstreams with 9 highlight reports, the 2012 plan, the toolkit, the tracker', () => {
    expect(kinds('workstream')).toBe(6);
    expect(plan.highlights).toHaveLength(9);
    expect(kinds('strand')).toBe(4);
    expect(kinds('objective')).toBe(64);
    expect(plan.actions.filter((a) => a.record.kind === 'action')).toHaveLength(123);
    expect(kinds('theme')).toBe(6);
    expect(plan.actions.filter((a) => a.record.kind === 'template')).toHaveLength(146);
    expect(plan.inspections).toHaveLength(13);
    expect(plan.recommendations).toHaveLength(67);
  });

  it('keeps a renamed workstream as one workstream with its history (Culture & Leadership → Leadership & Culture)', () => {
    const lc = plan.highlights.filter((h) => h.refs.itemId === 'ws:leadership-and-culture');
    expect(lc.map((h) => h.record.reportDateText)).toEqual(['Aug 2021', '28/04/23']);
  });

  it('resolves owners written as initials or roles to people, and keeps the text as written', () => {
    const od101 = plan.actions.find((a) => a.record.ref === 'OD1-01')?.record;
    expect(od101).toMatchObject({ ownerText: 'DS', owner: { id: 'd.service@colp.example' } });
    const theseira = plan.actions.find((a) => a.record.ownerText === 'Patrick Theseira')?.record;
    expect(theseira?.owner).toBeNull();
  });

  it('reads NEW GREEN as GREEN and NEW CLOSED as lifecycle closed (a part’s status row)', () => {
    const recs = plan.recommendations.map((r) => r.record);
    const closedParts = recs.flatMap((r) => r.parts).filter((p) => p.lifecycle === 'closed');
    expect(closedParts.length).toBeGreaterThan(0);
    expect(closedParts.every((p) => p.rag === null)).toBe(true);
    expect(new Set(recs.map((r) => r.rag))).toEqual(new Set(['GREEN', 'AMBER', 'RED', 'WHITE']));
  });

  it('flags seeded RED items only where the source gives no rationale in the comment', () => {
    const red = plan.recommendations.map((r) => r.record).filter((r) => r.rag === 'RED');
    expect(red.length).toBeGreaterThan(0);
    for (const r of red) {
      expect(r.flags.includes('rationale missing')).toBe(!r.comment?.trim());
    }
  });

  it('takes the responsible organisation of a WHITE item from its comment', () => {
    const cps = plan.recommendations.find((r) => r.record.comment === 'This action is for the CPS')?.record;
    expect(cps).toMatchObject({ rag: 'WHITE', responsibleOrg: 'CPS', appliesToForce: false, flags: [] });
  });

  it('loads into a store once: a second load creates nothing', async () => {
    const store = new SqliteStore();
    const first = await loadSeed(store, plan);
    expect(first.existing).toBe(0);
    const second = await loadSeed(store, plan);
    expect(second).toEqual({ created: 0, existing: first.created });
    const mine = await queryAll(store, 'actions', { where: [{ field: 'owner', op: 'eq', value: 'd.service@colp.example' }] });
    expect(mine.length).toBeGreaterThan(10);
    store.close();
  });
});
