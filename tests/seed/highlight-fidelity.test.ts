/**
 * The highlight reports across time (seeds 001, Aug 2021, and 000, April 2023) say what the
 * documents say: a deliverable listed in both is one deliverable; "KPI:" rows are KPIs; cut
 * cells show their fullest version and say they were cut; undated stays undated; "TBD" is kept.
 * Each check starts from the source document's own text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TableSnapshotStore } from '../../src/adapters/snapshots/table-snapshot-store';
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import { describeProvenance, noteOn } from '../../src/core/provenance';
import { couldBeCutFrom } from '../../src/seed/cut-text';
import { seedEarlierPacks } from '../../src/seed/highlight-snapshots';
import { loadSeed } from '../../src/seed/load-seed';
import { LOCAL_PEOPLE } from '../../src/seed/people';
import { readSeed } from '../../src/seed/read-seed';
import { planSeed } from '../../src/seed/seed-plan';

const seed = readSeed();
const plan = planSeed(seed, LOCAL_PEOPLE);
const doc2023 = readFileSync(new URL('./sources/000_e264c17dec1b1eaf.txt', import.meta.url), 'utf8').replace(/&amp;/g, '&');
const doc2021 = readFileSync(new URL('./sources/001_08ae5dbf1c62930a.txt', import.meta.url), 'utf8').replace(/&amp;/g, '&');
const deliverables = plan.actions.map((a) => a).filter((a) => a.record.kind === 'deliverable');
const deliverable = (ref: string) => deliverables.find((d) => d.record.ref === ref);
const workstream = (title: string) => plan.workstreams.find((w) => w.record.kind === 'workstream' && w.record.title === title)?.record;

describe('a deliverable tracked in 2021 and complete in 2023 is one deliverable, now complete', () => {
  const cases = [
    ['CE-21-3', 'Launch inaugural 12 week schools project across the city', 'Completed'],
    ['CE-21-5', 'Launch community based cluster panels', 'Completed'],
    ['CE-21-6', 'Pilot LGBT+ advisor network', 'Completed'],
    ['CL-21-2', 'Develop an E&I secondment framework for leaders / volunteers', 'Complete'],
    ['RO-21-1', 'Produce aspirational targets across protected characteristics', 'Complete'],
  ] as const;

  for (const [ref, title, status] of cases) {
    it(`${ref}: “${title}” — ${status}`, () => {
      const d = deliverable(ref);
      expect(d?.record).toMatchObject({ title, lifecycle: 'closed', dueText: status });
      // listed once, not as an open 2021 item beside a closed 2023 one
      expect(deliverables.filter((x) => x.record.title === title)).toHaveLength(1);
    });
  }

  it('the 2023 export says so in its own words', () => {
    expect(doc2023).toMatch(/Launch inaugural 12 week schools project across the city\s+Completed/);
    // the export is column-sliced: a cell's words run across tab stops
    expect(doc2023).toMatch(/Develop an E&I seco\s+ondment framewor\s+k for leaders \/ voluntee\s+rs\s+Complete/);
    expect(doc2023).toMatch(/Aspirational targets have been agreed by E&I board\s+Date Complete/);
    expect(doc2021).toContain('Develop an E&I secondment framework');
  });

  it('each keeps what the other report wrote, and why a person read two wordings as one', () => {
    expect(describeProvenance(deliverable('CL-21-2')?.record.provenance)).toEqual([
      'Text as written in Culture & Leadership, Aug 2021: “Develop an E&I secondment framework”',
      'Due as written in Culture & Leadership, Aug 2021: “02/22”',
    ]);
    expect(noteOn(deliverable('RO-21-1')?.record.provenance, 'inferred', 'lifecycle')?.text).toContain('Aspirational targets have been agreed by E&I board');
    expect(noteOn(deliverable('RO-21-1')?.record.provenance, 'asWritten', 'title')?.from).toBe('Recruitment, Onboarding and L&OD, undated, in the 2023 export');
  });

  it('deliverables the 2023 report lists again with a new date stay open on that date', () => {
    expect(deliverable('CL-21-4')?.record).toMatchObject({ title: 'Complete a data bias review and recommendations', lifecycle: 'open', dueText: '06/23' });
    expect(deliverable('CL-21-5')?.record).toMatchObject({ title: 'Introduce an annual E&I award as part of future event', lifecycle: 'open', dueText: '03/23' });
  });

  it('the earlier packs show each as its report left it: open in 2021, complete in 2023', async () => {
    const store = new SqliteStore();
    const snapshots = new TableSnapshotStore(store);
    await loadSeed(store, plan);
    const [p2021, p2023] = await seedEarlierPacks(store, snapshots, seed);
    const state = (p: typeof p2021, ref: string) => p?.items.find((i) => i.ref.endsWith(ref));
    expect(state(p2021, 'CE-21-3')).toMatchObject({ lifecycle: 'open', dueText: '11/21' });
    expect(state(p2023, 'CE-21-3')).toMatchObject({ lifecycle: 'closed', dueText: 'Completed' });
    expect(state(p2021, 'RO-21-1')).toMatchObject({ lifecycle: 'open' });
    expect(state(p2023, 'RO-21-1')).toMatchObject({ lifecycle: 'closed' });
    store.close();
  }, 60_000);
});

describe('“KPI:” rows are KPIs, not deliverables', () => {
  it('Leadership & Culture 2023: three KPI rows in the deliverables table are its three KPIs', () => {
    expect(doc2023.match(/KPI:/g)).toHaveLength(3);
    expect(deliverables.filter((d) => /^KPI/i.test(d.record.title))).toEqual([]);
    const lc = workstream('Leadership & Culture');
    expect(lc?.kpis).toHaveLength(3);
    // 2021's six, and of 2023's five deliverables the two not already tracked
    const ofLc = deliverables.filter((d) => d.refs.workstreamId === 'ws:leadership-and-culture');
    expect(ofLc).toHaveLength(8);
    expect(ofLc.filter((d) => d.record.ref?.startsWith('LC-23-')).map((d) => d.record.ref)).toEqual(['LC-23-1', 'LC-23-5']);
  });
});

describe('text the 2023 export cut shows its most complete version, marked as cut', () => {
  it('the workstream page leads with the whole objective, not “…inclusive culti…”', () => {
    expect(doc2023.replace(/\t/g, '')).toContain('Leaders to ensure they create an inclusive culti');
    const lc = workstream('Leadership & Culture');
    expect(lc?.objectives[0]).toBe('Leaders to ensure they create an inclusive culture within the organisation');
    expect(lc?.provenance?.[0]).toEqual({
      kind: 'cut',
      field: 'objectives',
      text: 'Leaders to ensure they create an inclusive culti…',
      fuller: 'Leaders to ensure they create an inclusive culture within the organisation',
      from: 'Culture & Leadership, Aug 2021',
    });
  });

  it('a cut text with no fuller version anywhere stays as written and says so', () => {
    const div = deliverable('LC-23-5');
    expect(div?.record.title).toBe('Further develop Div…');
    expect(describeProvenance(div?.record.provenance)).toEqual(['Text cut in the export (“…”); no fuller version survives']);
    // "Further develop our allies scheme" (2021) is another deliverable: "Div" is not "our"
    expect(deliverable('CL-21-6')?.record.title).toBe('Further develop our allies scheme');
  });

  it('text completed when the export was read is said, never silent (“A Terms of Re[ference]”)', () => {
    const re = workstream('Retention and Exiting');
    expect(re?.nextSteps.join(' ')).toContain('A Terms of Reference has been proposed');
    expect(noteOn(re?.provenance, 'cut', 'nextSteps')).toMatchObject({ text: 'A Terms of Re…has been proposed', fuller: 'A Terms of Reference has been proposed' });
  });

  it('every workstream text still holding “…” is marked cut, and no shown text was cut where a whole one exists', () => {
    for (const w of plan.workstreams.filter((x) => x.record.kind === 'workstream')) {
      for (const field of ['objectives', 'kpis', 'progress', 'nextSteps'] as const) {
        for (const text of w.record[field].filter((t) => t.includes('…'))) {
          expect(w.record.provenance?.some((n) => n.kind === 'cut' && n.field === field && n.text === text && !n.fuller)).toBe(true);
        }
      }
    }
  });

  it('matches a cut text only to a whole one it could be', () => {
    expect(couldBeCutFrom('…s review and recommendations', 'Complete a data bias review and recommendations')).toBe(true);
    expect(couldBeCutFrom('Further develop Div…', 'Further develop our allies scheme')).toBe(false);
    expect(couldBeCutFrom('…s…', 'anything at all with s')).toBe(false);
    expect(couldBeCutFrom('Introduce an annua…', 'Introduce an annual E&I award as part of future event')).toBe(true);
  });
});

describe('dates, RAGs and names as the documents write them', () => {
  it('the report without a date stays undated, in the 2023 export', () => {
    const undated = plan.highlights.find((h) => h.record.sourceKey === 'hl:wsr-undated-recruitment-onboarding-l-and-od')?.record;
    expect(undated).toMatchObject({ reportDate: null, reportDateText: null });
    expect(undated?.text).toBe('Recruitment, Onboarding and L&OD highlight report (undated, in the 2023 export)');
    expect(workstream('Recruitment, Onboarding and L&OD')?.lastReportDate).toBeNull();
  });

  it('“TBD” as the Benefit RAG is kept as written beside “not set”', () => {
    expect(doc2023).toMatch(/Benefit RA\s+TBD/);
    const lc = workstream('Leadership & Culture');
    expect(lc?.benefitRag).toBeNull();
    expect(noteOn(lc?.provenance, 'asWritten', 'benefitRag')).toMatchObject({ text: 'TBD', from: 'Leadership & Culture, 28/04/23' });
  });

  it('workstreams are named only as a source names them (“L&OD”, not words no source uses)', () => {
    for (const w of plan.workstreams.filter((x) => x.record.kind === 'workstream')) {
      expect(doc2021.includes(w.record.title) || doc2023.includes(w.record.title)).toBe(true);
    }
    expect(workstream('L&OD')).toBeDefined();
  });

  it('“(April 2012)” in an action with no due is offered as the due, not set', () => {
    const oc202 = plan.actions.find((a) => a.record.ref === 'OC2-02')?.record;
    expect(oc202).toMatchObject({ dueText: null, dueDate: null });
    expect(describeProvenance(oc202?.provenance)).toContain('Due suggested from the text: April 2012');
    // a due already written is not second-guessed
    expect(noteOn(plan.actions.find((a) => a.record.ref === 'OC7-01')?.record.provenance, 'suggested', 'dueText')).toBeUndefined();
  });
});

describe('an item’s source notes travel with it to every screen and export', () => {
  it('a tracked item carries its notes in words, and an item with none carries none', async () => {
    const { fromAction } = await import('../../src/core/tracked-item');
    const { asItemId } = await import('../../src/core/model');
    const stored = (ref: string) => ({ ...(deliverable(ref)?.record as NonNullable<ReturnType<typeof deliverable>>['record']), id: asItemId(1), version: '1', modified: '2023-05-01T00:00:00.000Z' });
    expect(fromAction(stored('CL-21-4')).sourceNotes).toEqual([
      'Text cut in the export (“…s review and recommendations”); shown by the fuller version (Culture & Leadership, Aug 2021): “Complete a data bias review and recommendations”',
      'Due as written in Culture & Leadership, Aug 2021: “03/22”',
    ]);
    expect(fromAction(stored('HW-21-1'))).not.toHaveProperty('sourceNotes');
  });
});
