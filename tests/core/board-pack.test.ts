import { describe, expect, it } from 'vitest';
import { buildBoardPack, dueWords, longDate, type PackSource } from '../../src/core/board-pack';
import type { IsoDate } from '../../src/core/dates';
import { recordDecision } from '../../src/core/decision';
import { parseDue } from '../../src/core/due-date';
import type { InspectionDetail } from '../../src/core/inspection-view';
import { asItemId } from '../../src/core/model';
import type { PlanDetail } from '../../src/core/plan-view';
import { summariseInspection } from '../../src/core/summary';
import type { TrackedItem } from '../../src/core/tracked-item';
import type { WorkstreamDetail } from '../../src/core/workstream-view';

let n = 0;
const tracked = (over: Partial<TrackedItem> & { dueText?: string } = {}): TrackedItem => {
  n += 1;
  const { dueText, ...rest } = over;
  return {
    id: asItemId(n),
    version: '1',
    modified: '2017-01-01T00:00:00.000Z',
    list: 'actions',
    label: `Deliverable D-${n}`,
    title: `Item ${n}`,
    ownerText: 'Ch Supt HQ',
    owner: null,
    rag: 'AMBER',
    lifecycle: 'open',
    due: parseDue(dueText ?? 'TBC'),
    progress: null,
    ragRationale: null,
    responsibleOrg: null,
    flags: [],
    parentId: null,
    ...rest,
  };
};

const counts = { GREEN: 0, AMBER: 0, RED: 0, WHITE: 0, notSet: 0, closed: 0 };

function workstream(title: string, deliverables: TrackedItem[]): WorkstreamDetail {
  return {
    id: asItemId(900),
    version: '1',
    title,
    programme: 'Equality & Inclusion',
    board: 'Operational Delivery Board',
    ownerText: 'Director of HR',
    owner: null,
    projectRag: 'AMBER',
    benefitRag: 'GREEN',
    lastReportDate: '2023-04-30',
    deliverables: counts,
    objectives: ['Improve wellbeing'],
    kpis: ['Sickness rate'],
    progress: ['Survey done'],
    nextSteps: ['Publish results'],
    recommendationsToBoard: 'Note the report',
    decisionsRequired: 'None',
    deliverableItems: deliverables,
    highlights: [],
  };
}

function inspection(items: TrackedItem[]): InspectionDetail {
  const rows = items.map((item, i) => ({ item, number: String(i + 1), itemKind: 'recommendation', groupHeading: null, appliesToForce: item.rag !== 'WHITE', parts: [], subActions: [] }));
  return {
    id: asItemId(800),
    title: 'Making it fair',
    bodies: ['HMCPSi', 'HMICFRS'],
    scope: 'national',
    reportType: null,
    publishedText: 'July 2017',
    published: '2017-07-31',
    sourceSummary: 'There are 9 recommendations; 5 of which apply to force, these are to be progressed.',
    summary: summariseInspection('There are 9 recommendations; 5 of which apply to force', rows.map((r) => ({ itemKind: r.itemKind, rag: r.item.rag, lifecycle: r.item.lifecycle, appliesToForce: r.appliesToForce }))),
    items: rows,
  };
}

function plan(actions: TrackedItem[]): PlanDetail {
  return {
    boardId: asItemId(700),
    title: 'QoS plan',
    strands: 1,
    objectives: 1,
    actions: actions.length,
    strandList: [{ id: asItemId(701), ref: 'OD', name: 'Organisational development', champion: null, objectives: [{ id: asItemId(702), ref: 'OD1', text: 'Objective', ownerText: null, sources: [], actions: actions.map((item) => ({ item, protectedCharacteristics: ['Age', 'Race'], equalityDuties: [] })) }] }],
    coverage: { characteristics: { Age: actions.length, Race: actions.length, Sex: 0 }, duties: { 'Fostering good relations': 0 } },
  };
}

const asOf = '2018-03-01' as IsoDate;

describe('board pack model', () => {
  const red = tracked({ rag: 'RED', ragRationale: 'Supplier failed', dueText: 'December 2017' });
  const redNoReason = tracked({ rag: 'RED' });
  const lateAmber = tracked({ dueText: '31/01/18', owner: { id: 'a@x', displayName: 'Ann Owner' } });
  const lateGreen = tracked({ rag: 'GREEN', dueText: '31/01/18' });
  const lateWhite = tracked({ list: 'recommendations', rag: 'WHITE', dueText: 'January 2018' });
  const closedRed = tracked({ rag: 'RED', lifecycle: 'closed', dueText: '31/01/18' });
  const notYet = tracked({ dueText: '31/12/18', rag: null });
  const src: PackSource = {
    board: { id: 1, title: 'Operational Delivery Board', programme: 'Equality & Inclusion' },
    meeting: asOf,
    asOf,
    workstreams: [workstream('Health and Wellbeing', [red, redNoReason, lateAmber, lateGreen])],
    inspections: [inspection([lateWhite, closedRed])],
    plans: [plan([notYet])],
    changes: null,
  };
  const pack = buildBoardPack(src);

  it('counts every item by RAG and by lifecycle, RAG as a word', () => {
    expect(pack.summary.total).toBe(7);
    expect(Object.fromEntries(pack.summary.byRag.map((r) => [r.rag, r.count]))).toEqual({ RED: 3, AMBER: 1, GREEN: 1, WHITE: 1, 'NOT SET': 1 });
    expect(Object.fromEntries(pack.summary.byLifecycle.map((r) => [r.lifecycle, r.count]))).toMatchObject({ open: 6, closed: 1 });
    expect(pack.summary.matrix.find((m) => m.lifecycle === 'closed')?.counts).toEqual([1, 0, 0, 0, 0]);
  });

  it('lists every open RED and every overdue item with its rationale, owner and days overdue', () => {
    expect(pack.exceptions.map((e) => [e.id, e.reason, e.rationale, e.owner, e.daysOverdue])).toEqual([
      [red.id, 'RED AND OVERDUE', 'Supplier failed', 'Ch Supt HQ', 60],
      [redNoReason.id, 'RED', 'rationale missing', 'Ch Supt HQ', 0],
      [lateAmber.id, 'OVERDUE', 'rationale missing', 'Ann Owner', 29],
      [lateGreen.id, 'OVERDUE', 'rationale missing', 'Ch Supt HQ', 29],
    ]);
    expect(pack.exceptions[0]?.context).toBe('Health and Wellbeing');
  });

  it('counts an open GREEN item past its date as overdue, but not a WHITE one (its date is no deadline of the force) nor a closed one', () => {
    const ids = pack.exceptions.map((e) => e.id);
    expect(ids).toContain(lateGreen.id);
    expect(ids).not.toContain(lateWhite.id);
    expect(ids).not.toContain(closedRed.id);
    expect(pack.dashboard.totals.overdue).toBe(pack.exceptions.filter((e) => e.daysOverdue > 0).length);
  });

  it('has a highlight section per workstream in the seeds’ layout', () => {
    expect(pack.highlights).toHaveLength(1);
    expect(pack.highlights[0]).toMatchObject({
      workstream: 'Health and Wellbeing',
      owner: 'Director of HR',
      date: '2023-04-30',
      projectRag: 'AMBER',
      benefitRag: 'GREEN',
      objectives: ['Improve wellbeing'],
      kpis: ['Sickness rate'],
      progress: ['Survey done'],
      nextSteps: ['Publish results'],
      recommendationsToBoard: 'Note the report',
      decisionsRequired: 'None',
    });
    expect(pack.highlights[0]?.deliverables[0]).toMatchObject({ title: red.title, due: 'December 2017', rag: 'RED' }); // a month stays a month, no day made up
  });

  it('counts an inspection from its items beside the report’s own sentence, with the legend', () => {
    const i = pack.inspections[0]!;
    expect(i.counted).toBe('2 recommendations; 1 applies to the force');
    expect(i.sourceSentence).toContain('There are 9 recommendations; 5 of which apply to force');
    expect(i.mismatches).toEqual(['The report says 9 recommendations; 2 are listed here.', 'The report says 5 apply to the force; here 1 is marked as applying.']);
    expect(i.legend.map((l) => l.rag)).toEqual(['GREEN', 'AMBER', 'RED', 'WHITE']);
    expect(i.items.map((x) => [x.number, x.rag, x.lifecycle])).toEqual([['1', 'WHITE', 'open'], ['2', 'RED', 'closed']]);
  });

  it('counts action plans by RAG and by protected characteristic', () => {
    expect(pack.plans[0]).toMatchObject({ title: 'QoS plan', actions: 1, byStatus: { notSet: 1 } });
    expect(pack.plans[0]?.byCharacteristic).toEqual([{ name: 'Age', count: 1 }, { name: 'Race', count: 1 }, { name: 'Sex', count: 0 }]);
  });

  it('has a cover for the meeting', () => {
    expect(pack.cover.title).toBe('Operational Delivery Board');
    expect(pack.cover.subtitle).toBe('Board pack for the meeting of 1 March 2018');
    expect(pack.cover.lines).toEqual(['7 items: 3 RED, 1 AMBER, 1 GREEN, 1 WHITE, 1 NOT SET', '4 exceptions (RED or overdue)', 'No earlier pack frozen: no changes to report']);
    const withChanges = buildBoardPack({ ...src, meeting: null, changes: { board: 'x', since: { takenAt: '2017-11-02T10:00:00.000Z', meeting: null }, changes: [], updates: [] } });
    expect(withChanges.cover.subtitle).toBe('Board pack as of 1 March 2018');
    expect(withChanges.cover.lines[2]).toBe('0 changes since the board of 2 November 2017');
  });

  it('lists the decisions made since the last board (at it included), up to this meeting, of this board’s items only', () => {
    const by = { id: 'morgan.ellis@colp.example', displayName: 'Morgan Ellis' };
    const decided = (item: TrackedItem, text: string, day: string) => recordDecision(item, by, { text, meetingDate: day }, `${day}T15:00:00.000Z`);
    const stranger = tracked();
    const decisions = [
      decided(red, 'Escalate to the supplier', '2018-03-01'),
      decided(lateWhite, 'Ask the inspectorate', '2017-11-02'),
      decided(lateAmber, 'Before the last board', '2017-11-01'),
      decided(notYet, 'After this meeting', '2018-03-02'),
      decided(stranger, 'Another board’s item', '2018-02-01'),
      { ...decided(red, 'Progress, not a decision', '2018-02-01'), kind: 'progress' as const },
    ];
    const since = { board: 'x', since: { takenAt: '2017-11-02T18:00:00.000Z', meeting: '2017-11-02' as IsoDate }, changes: [], updates: [] };
    expect(buildBoardPack({ ...src, changes: since, decisions }).decisions).toEqual([
      { list: 'recommendations', id: lateWhite.id, item: `${lateWhite.label} ${lateWhite.title}`, decision: 'Ask the inspectorate', date: '2017-11-02', by: 'Morgan Ellis' },
      { list: 'actions', id: red.id, item: `${red.label} ${red.title}`, decision: 'Escalate to the supplier', date: '2018-03-01', by: 'Morgan Ellis' },
    ]);
    expect(pack.decisions).toEqual([]);
  });

  it('words dates as a board reads them', () => {
    expect(longDate('2017-04-30' as IsoDate)).toBe('30 April 2017');
    expect(dueWords(parseDue('Immediate'))).toBe('Immediate');
    expect(dueWords(parseDue(null))).toBe('No due date');
  });
});

describe('a pack keeps authorised and superseded apart', () => {
  const closed = tracked({ list: 'recommendations', rag: 'GREEN', lifecycle: 'closed' });
  const authorised = tracked({ list: 'recommendations', rag: 'GREEN', lifecycle: 'authorised' });
  const superseded = tracked({ list: 'recommendations', rag: 'AMBER', lifecycle: 'superseded', dueText: '31/01/18' }); // past due, were it open
  const open = tracked({ list: 'recommendations', rag: 'RED', dueText: '31/12/18' });
  const pack = buildBoardPack({
    board: { id: 2, title: 'HMICFRS Report Recommendations', programme: null },
    meeting: asOf,
    asOf,
    workstreams: [],
    inspections: [inspection([closed, authorised, superseded, open])],
    plans: [],
    changes: null,
  });

  it('counts closed by the force, authorised and superseded each on its own, never together', () => {
    expect(Object.fromEntries(pack.summary.byLifecycle.map((r) => [r.lifecycle, r.count]))).toEqual({ open: 1, 'closure-proposed': 0, closed: 1, authorised: 1, superseded: 1 });
    const row = (l: string) => pack.summary.matrix.find((m) => m.lifecycle === l);
    expect(row('authorised')).toMatchObject({ label: 'Authorised', counts: [0, 0, 1, 0, 0] });
    expect(row('superseded')).toMatchObject({ label: 'Superseded', counts: [0, 1, 0, 0, 0] });
    expect(row('closed')).toMatchObject({ label: 'Closed', counts: [0, 0, 1, 0, 0] });
  });

  it('marks each inspection item with its own lifecycle, and counts the inspection apart too', () => {
    const i = pack.inspections[0]!;
    expect(i.items.map((x) => [x.title, x.lifecycle])).toEqual([
      [closed.title, 'closed'],
      [authorised.title, 'authorised'],
      [superseded.title, 'superseded'],
      [open.title, 'open'],
    ]);
    expect(summariseInspection(null, i.items.map((x) => ({ itemKind: x.kind, rag: x.rag, lifecycle: x.lifecycle, appliesToForce: true }))).byLifecycle).toEqual({ open: 1, 'closure-proposed': 0, closed: 1, authorised: 1, superseded: 1 });
    // neither an authorised nor a superseded item is an exception, however its RAG or date reads
    expect(pack.exceptions.map((e) => e.title)).not.toContain(superseded.title);
    expect(pack.exceptions.map((e) => e.title)).not.toContain(authorised.title);
  });
});

describe('board dashboard', () => {
  const red = tracked({ rag: 'RED', dueText: 'December 2017', owner: { id: 'a@x', displayName: 'Ann Owner' } });
  const late = tracked({ dueText: '31/01/18', owner: { id: 'a@x', displayName: 'Ann Owner' } });
  const done = tracked({ rag: 'GREEN', lifecycle: 'closed', dueText: '31/01/18', ownerText: 'Director of HR' });
  const white = tracked({ list: 'recommendations', rag: 'WHITE', dueText: 'January 2018' });
  const ws = { ...workstream('Health and Wellbeing', [red, late, done]), highlights: [{ id: asItemId(1), reportDateText: 'Aug 2021', reportDate: '2021-08-31', reportedAs: 'Health & Wellbeing', ownerRole: null, projectRag: null, benefitRag: null, progress: [], nextSteps: [], recommendationsToBoard: null, decisionsRequired: null, kpis: [], author: null }] };
  const snap = (meeting: string, items: Array<{ id: number; rag: 'RED' | 'AMBER' | 'GREEN' | 'WHITE' | null; lifecycle: 'open' | 'closed' }>) => ({
    format: 1 as const,
    board: 'Operational Delivery Board',
    boardId: 1,
    takenAt: `${meeting}T18:00:00.000Z`,
    meeting: meeting as IsoDate,
    items: [
      { list: 'workstreams' as const, id: 900, ref: 'Workstream', title: 'Health and Wellbeing', rag: 'GREEN' as const, lifecycle: 'open' as const, dueText: null, dueDate: null, parts: [] },
      ...items.map((i) => ({ list: 'actions' as const, ref: `D-${i.id}`, title: 't', dueText: null, dueDate: null, parts: [], ...i })),
    ],
  });
  const src: PackSource = {
    board: { id: 1, title: 'Operational Delivery Board', programme: null },
    meeting: null,
    asOf,
    workstreams: [ws],
    inspections: [inspection([white])],
    plans: [],
    changes: {
      board: 'Operational Delivery Board',
      since: { takenAt: '2017-12-01T18:00:00.000Z', meeting: '2017-12-01' as IsoDate },
      changes: [{ list: 'actions', id: red.id, ref: red.label, title: red.title, change: 'rag', from: 'AMBER', to: 'RED' }],
      updates: [],
    },
    // given newest first and with one after the day viewed: the trend sorts and drops it
    history: [snap('2019-01-01', []), snap('2017-12-01', [{ id: red.id, rag: 'AMBER', lifecycle: 'open' }, { id: done.id, rag: 'GREEN', lifecycle: 'open' }]), snap('2016-06-30', [{ id: red.id, rag: null, lifecycle: 'open' }])],
    updatesSince: [
      { list: 'actions', itemId: late.id, at: '2018-01-15T09:00:00.000Z' },
      { list: 'actions', itemId: late.id, at: '2017-11-01T09:00:00.000Z' },
    ],
  };
  const d = buildBoardPack(src).dashboard;

  it('counts each workstream and inspection by RAG and lifecycle, with RED, overdue and changed', () => {
    expect(d.rows.map((r) => [r.kind, r.title, r.byRag, r.open, r.red, r.overdue, r.changed])).toEqual([
      ['workstream', 'Health and Wellbeing', [1, 1, 1, 0, 0], 2, 1, 2, 1],
      ['inspection', 'Making it fair', [0, 0, 0, 1, 0], 1, 0, 0, 0],
    ]);
    expect(d.rows[0]?.byLifecycle).toEqual([2, 0, 1, 0, 0]);
    expect(d.totals).toEqual({ total: 4, open: 3, red: 1, overdue: 2, changed: 1 });
  });

  it('shows the RAG trend across earlier packs up to the day viewed, oldest first, without the workstream rows', () => {
    expect(d.trend.map((p) => [p.label, p.total, p.byRag, p.open, p.closed])).toEqual([
      ['Board of 30 Jun 2016', 1, [0, 0, 0, 0, 1], 1, 0],
      ['Board of 1 Dec 2017', 2, [0, 1, 1, 0, 0], 2, 0],
      ['Now (1 Mar 2018)', 4, [1, 1, 1, 1, 0], 3, 1],
    ]);
    expect(d.highlightTrend).toEqual([{ id: 900, workstream: 'Health and Wellbeing', reports: [{ dateText: 'Aug 2021', date: '2021-08-31', reportedAs: 'Health & Wellbeing', projectRag: null, benefitRag: null }], now: { projectRag: 'AMBER', benefitRag: 'GREEN' } }]);
  });

  it('says who has updated since the last board (not updated first) and who holds the overdue items', () => {
    expect(d.updates).toEqual({
      since: '2017-12-01T18:00:00.000Z',
      owners: [
        { owner: 'Ch Supt HQ', items: 1, updated: 0, lastAt: null },
        { owner: 'Ann Owner', items: 2, updated: 1, lastAt: '2018-01-15T09:00:00.000Z' },
      ],
    });
    expect(d.overdueByOwner).toEqual([{ owner: 'Ann Owner', count: 2, longest: 60 }]);
  });

  it('has no "since" to count updates from before a snapshot is frozen', () => {
    expect(buildBoardPack({ ...src, changes: null, history: [] }).dashboard.updates).toBeNull();
  });
});
