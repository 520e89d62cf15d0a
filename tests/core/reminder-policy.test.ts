import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../../src/core/dates';
import { InvalidValueError } from '../../src/core/errors';
import { asItemId, type PersonRef } from '../../src/core/model';
import {
  DEFAULT_REMINDER_POLICY,
  NOBODY,
  currentRule,
  planDigests,
  scheduleFor,
  type Digest,
  type ReminderItem,
  type ReminderPolicy,
} from '../../src/core/reminder-policy';
import { parseReminderPolicy } from '../../src/core/reminder-policy-config';
import { ENGLAND_AND_WALES } from '../../src/core/working-days';

const d = (s: string): IsoDate => s as IsoDate;
const ann: PersonRef = { id: 'ann@x', displayName: 'Ann Owner' };
const lee: PersonRef = { id: 'lee@x', displayName: 'Lee Lead' };
const sec: PersonRef = { id: 'sec@x', displayName: 'Sam Secretary' };

let nextId = 1;
function item(over: Partial<ReminderItem> = {}): ReminderItem {
  return {
    list: 'actions',
    id: asItemId(nextId++),
    version: '"1"',
    ref: '01',
    label: 'Action 01',
    title: 'Do the thing',
    parent: 'Operational Delivery',
    dueText: '31/03/17',
    dueDate: d('2017-03-31'),
    dueKind: 'date',
    rag: 'AMBER',
    lifecycle: 'open',
    owner: ann,
    board: 'E&I Board',
    secretaries: [sec],
    lead: lee,
    ...over,
  };
}

const plan = (items: ReminderItem[], today: string, sent: Set<string> = new Set(), policy: ReminderPolicy = DEFAULT_REMINDER_POLICY): Digest[] =>
  planDigests(items, d(today), policy, ENGLAND_AND_WALES, (k) => sent.has(k));

/** Runs the policy day by day, recording every key as sent: the nudges an item gets over time. */
function simulate(it: ReminderItem, from: string, to: string, policy: ReminderPolicy = DEFAULT_REMINDER_POLICY, every = 1): string[] {
  const sent = new Set<string>();
  const out: string[] = [];
  for (let day = d(from); day <= d(to); day = addDays(day, every)) {
    for (const digest of plan([it], day, sent, policy)) {
      for (const n of digest.nudges) {
        sent.add(n.key);
        out.push(`${day} ${digest.kind}:${n.ledgerRule}→${digest.to.id}`);
      }
    }
  }
  return out;
}

describe('reminder schedule', () => {
  it('nudges 14, 7 and 1 days before, on the day, then weekly for 8 weeks', () => {
    // Due Friday 5 May 2017: no holiday in the way except the early May bank holiday (1 May).
    const s = scheduleFor(d('2017-05-05'), DEFAULT_REMINDER_POLICY, ENGLAND_AND_WALES);
    expect(s.map((x) => `${x.ledgerRule} ${x.date}`)).toEqual([
      'before-14 2017-04-21',
      'before-7 2017-04-28',
      'before-1 2017-05-04',
      'on-day 2017-05-05',
      'overdue-1 2017-05-12',
      'overdue-2 2017-05-19',
      'overdue-3 2017-05-26',
      'overdue-4 2017-06-02',
      'overdue-5 2017-06-09',
      'overdue-6 2017-06-16',
      'overdue-7 2017-06-23',
      'overdue-8 2017-06-30',
    ]);
  });

  it('moves nudges off Easter: before ones to the working day before, overdue ones to the day after', () => {
    // Due Monday 3 April 2017: before-14 is Monday 20 March; overdue-2 is Easter Monday 17 April.
    const s = scheduleFor(d('2017-04-03'), DEFAULT_REMINDER_POLICY, ENGLAND_AND_WALES);
    expect(s.find((x) => x.ledgerRule === 'before-1')?.date).toBe('2017-03-31'); // Sunday 2 → Friday
    expect(s.find((x) => x.ledgerRule === 'overdue-2')?.date).toBe('2017-04-18'); // Easter Monday → Tuesday
    // Due Tuesday 18 April 2017: before-1 is Easter Monday → Thursday 13 April (Good Friday too).
    const t = scheduleFor(d('2017-04-18'), DEFAULT_REMINDER_POLICY, ENGLAND_AND_WALES);
    expect(t.find((x) => x.ledgerRule === 'before-1')?.date).toBe('2017-04-13');
  });

  it('moves nudges off Christmas and Boxing Day on a weekend, and their substitute days', () => {
    // Due Wednesday 29 Dec 2021: before-1 is Tuesday 28, the Boxing Day substitute → Friday 24.
    const s = scheduleFor(d('2021-12-29'), DEFAULT_REMINDER_POLICY, ENGLAND_AND_WALES);
    expect(s.find((x) => x.ledgerRule === 'before-1')?.date).toBe('2021-12-24');
    // Due Friday 18 Dec 2020: overdue-1 is Friday 25 → Tuesday 29 (Boxing Day Saturday, substitute 28).
    const t = scheduleFor(d('2020-12-18'), DEFAULT_REMINDER_POLICY, ENGLAND_AND_WALES);
    expect(t.find((x) => x.ledgerRule === 'overdue-1')?.date).toBe('2020-12-29');
  });

  it('is date-only across the clock changes', () => {
    // Clocks went forward on Sunday 26 March 2017 and back on Sunday 29 October 2017.
    const spring = scheduleFor(d('2017-03-27'), DEFAULT_REMINDER_POLICY, ENGLAND_AND_WALES);
    expect(spring.find((x) => x.ledgerRule === 'before-1')?.date).toBe('2017-03-24'); // Sunday 26 → Friday
    expect(spring.find((x) => x.ledgerRule === 'on-day')?.date).toBe('2017-03-27');
    const autumn = scheduleFor(d('2017-10-30'), DEFAULT_REMINDER_POLICY, ENGLAND_AND_WALES);
    expect(autumn.find((x) => x.ledgerRule === 'before-1')?.date).toBe('2017-10-27');
    expect(autumn.find((x) => x.ledgerRule === 'overdue-1')?.date).toBe('2017-11-06');
  });

  it('counts across month ends and leap days', () => {
    const leap = scheduleFor(d('2020-03-01'), DEFAULT_REMINDER_POLICY, ENGLAND_AND_WALES);
    expect(leap.find((x) => x.ledgerRule === 'before-1')?.date).toBe('2020-02-28'); // 29 Feb was a Saturday
    expect(leap.find((x) => x.ledgerRule === 'on-day')?.date).toBe('2020-02-28'); // Sunday 1 March → Friday too
    const onLeapDay = scheduleFor(d('2024-02-29'), DEFAULT_REMINDER_POLICY, ENGLAND_AND_WALES);
    expect(onLeapDay.find((x) => x.ledgerRule === 'before-14')?.date).toBe('2024-02-15');
    expect(onLeapDay.find((x) => x.ledgerRule === 'overdue-1')?.date).toBe('2024-03-07');
    const monthEnd = scheduleFor(d('2017-03-31'), DEFAULT_REMINDER_POLICY, ENGLAND_AND_WALES);
    expect(monthEnd.find((x) => x.ledgerRule === 'overdue-1')?.date).toBe('2017-04-07');
  });

  it('sends the later rule once when two land on one day', () => {
    // Due Sunday 1 March 2020: before-1 and on-day are both Friday 28 February.
    const it1 = item({ dueDate: d('2020-03-01') });
    const sent = new Set<string>();
    expect(plan([it1], '2020-02-27', sent)[0]?.nudges[0]?.ledgerRule).toBe('before-7');
    expect(simulate(it1, '2020-02-28', '2020-03-02')).toEqual(['2020-02-28 owner:on-day→ann@x']);
  });

  it('uses the offsets configured for the item’s board', () => {
    const policy = parseReminderPolicy('{"boards":{"E&I Board":{"offsets":[3]}}}');
    const s = scheduleFor(d('2017-05-05'), { ...policy, offsets: [3] }, ENGLAND_AND_WALES).map((x) => x.ledgerRule);
    expect(s.slice(0, 2)).toEqual(['before-3', 'on-day']);
    const nudges = simulate(item({ dueDate: d('2017-05-05') }), '2017-04-01', '2017-05-05', policy);
    expect(nudges).toEqual(['2017-05-02 owner:before-3→ann@x', '2017-05-05 owner:on-day→ann@x']);
    const other = simulate(item({ dueDate: d('2017-05-05'), board: 'Another board' }), '2017-04-01', '2017-05-05', policy);
    expect(other.map((n) => n.split(' ')[1])).toEqual(['owner:before-14→ann@x', 'owner:before-7→ann@x', 'owner:before-1→ann@x', 'owner:on-day→ann@x']);
  });
});

describe('a run', () => {
  it('sends each rule once over a daily schedule, then stops after 8 weeks overdue', () => {
    const nudges = simulate(item({ dueDate: d('2017-05-05'), lead: null, secretaries: [] }), '2017-04-01', '2017-09-30');
    expect(nudges).toEqual([
      '2017-04-21 owner:before-14→ann@x',
      '2017-04-28 owner:before-7→ann@x',
      '2017-05-04 owner:before-1→ann@x',
      '2017-05-05 owner:on-day→ann@x',
      '2017-05-12 owner:overdue-1→ann@x',
      '2017-05-19 owner:overdue-2→ann@x',
      '2017-05-26 owner:overdue-3→ann@x',
      '2017-06-02 owner:overdue-4→ann@x',
      '2017-06-09 owner:overdue-5→ann@x',
      '2017-06-16 owner:overdue-6→ann@x',
      '2017-06-23 owner:overdue-7→ann@x',
      '2017-06-30 owner:overdue-8→ann@x',
    ]);
  });

  it('catches a missed day up once, with the latest rule only', () => {
    // Due Wednesday 10 May 2017; the job runs only on Mondays. Each run sends the latest rule whose
    // day has come: before-1 (Tuesday 9) is overtaken by on-day before a run sees it, so it is never sent.
    const nudges = simulate(item({ dueDate: d('2017-05-10'), lead: null }), '2017-04-17', '2017-05-15', DEFAULT_REMINDER_POLICY, 7);
    expect(nudges).toEqual(['2017-05-01 owner:before-14→ann@x', '2017-05-08 owner:before-7→ann@x', '2017-05-15 owner:on-day→ann@x']);
  });

  it('sends nothing on a second run the same day', () => {
    const items = [item(), item({ dueDate: d('2017-03-21') })];
    const first = plan(items, '2017-03-20');
    const sent = new Set(first.flatMap((g) => g.nudges.map((n) => n.key)));
    expect(sent.size).toBe(2);
    expect(plan(items, '2017-03-20', sent)).toEqual([]);
  });

  it('re-arms the schedule when the due date moves', () => {
    const before = item({ dueDate: d('2017-03-21') });
    const sent = new Set(plan([before], '2017-03-20').flatMap((g) => g.nudges.map((n) => n.key)));
    const moved = { ...before, dueText: '30/03/17', dueDate: d('2017-03-30') };
    // 10 days to go: the new date's before-14 (Thursday 16) is caught up at once, keyed by the new date.
    const now = plan([moved], '2017-03-20', sent);
    expect(now[0]?.nudges.map((n) => n.key)).toEqual([`actions:${moved.id}:before-14:2017-03-30:ann@x`]);
    now.forEach((g) => g.nudges.forEach((n) => sent.add(n.key)));
    expect(plan([moved], '2017-03-20', sent)).toEqual([]);
    expect(plan([moved], '2017-03-29', sent)[0]?.nudges[0]?.ledgerRule).toBe('before-1');
  });

  it('retries what the ledger does not hold as sent (a failed send)', () => {
    const it1 = item({ dueDate: d('2017-03-21') });
    expect(plan([it1], '2017-03-20')).toHaveLength(1);
    expect(plan([it1], '2017-03-21')[0]?.nudges[0]?.ledgerRule).toBe('on-day');
  });

  it('builds one digest per recipient and kind, items in due order, with days to go', () => {
    const items = [
      item({ title: 'Later', dueDate: d('2017-03-21') }),
      item({ title: 'Sooner', dueDate: d('2017-03-20') }),
      item({ title: 'Bo’s', owner: { id: 'bo@x', displayName: 'Bo' }, dueDate: d('2017-04-03') }),
    ];
    const digests = plan(items, '2017-03-20');
    expect(digests.map((g) => `${g.kind} ${g.to.id} ${g.nudges.map((n) => `${n.item.title}:${n.rule}:${n.daysToGo}`).join(',')}`)).toEqual([
      'owner ann@x Sooner:on-day:0,Later:before-1:1',
      'owner bo@x Bo’s:before-14:14',
    ]);
  });

  it.each([
    ['WHITE', { rag: 'WHITE' as const }],
    ['closed', { lifecycle: 'closed' as const }],
    ['authorised', { lifecycle: 'authorised' as const }],
    ['superseded', { lifecycle: 'superseded' as const }],
    ['closure proposed (awaiting the lead)', { lifecycle: 'closure-proposed' as const }],
    ['Immediate', { dueText: 'Immediate', dueKind: 'immediate' as const, dueDate: null }],
    ['Ongoing', { dueText: 'Ongoing (quarterly review)', dueKind: 'ongoing' as const, dueDate: null }],
    ['Aug-12 onwards', { dueText: 'Aug-12 onwards', dueKind: 'from' as const, dueDate: d('2017-03-01') }],
    ['conditional', { dueText: 'When CityFirst proposals are implemented', dueKind: 'conditional' as const, dueDate: null }],
  ])('does not nudge an item that is %s', (_label, over) => {
    const it1 = item({ dueDate: d('2017-03-21'), ...over });
    expect(currentRule(it1, d('2017-03-20'), DEFAULT_REMINDER_POLICY, ENGLAND_AND_WALES)).toBeNull();
    expect(plan([it1], '2017-03-20').filter((g) => g.kind !== 'needs-date')).toEqual([]);
  });

  it('sends items with no date weekly to the workstream owner in a "needs a date" digest', () => {
    const tbc = item({ dueText: 'TBC', dueKind: 'tbc', dueDate: null });
    const none = item({ dueText: null, dueKind: 'none', dueDate: null, lead: null });
    const nudges = [...simulate(tbc, '2017-03-20', '2017-04-05'), ...simulate(none, '2017-03-20', '2017-03-26')];
    expect(nudges).toEqual([
      '2017-03-20 needs-date:needs-date@2017-03-20→lee@x',
      '2017-03-27 needs-date:needs-date@2017-03-27→lee@x',
      '2017-04-03 needs-date:needs-date@2017-04-03→lee@x',
      '2017-03-20 needs-date:needs-date@2017-03-20→sec@x', // no workstream owner: the secretaries
    ]);
    expect(plan([tbc], '2017-03-20')[0]?.nudges[0]?.rule).toBe('needs-date');
    expect(plan([item({ dueText: 'TBC', dueKind: 'tbc', dueDate: null, rag: 'WHITE' })], '2017-03-20')).toEqual([]);
  });

  it('sends items with no person as owner to the board’s secretaries as "unassigned and due"', () => {
    const digests = plan([item({ owner: null, dueDate: d('2017-03-21'), secretaries: [sec, lee] })], '2017-03-20');
    expect(digests.map((g) => `${g.kind} ${g.to.id}`)).toEqual(['unassigned lee@x', 'unassigned sec@x']);
    const nobody = plan([item({ owner: null, dueDate: d('2017-03-21'), secretaries: [] })], '2017-03-20');
    expect(nobody.map((g) => `${g.kind} ${g.to.id}`)).toEqual([`unassigned ${NOBODY.id}`]); // reported, not dropped
  });

  it('escalates once at 14 days overdue to the workstream owner and the secretaries', () => {
    const nudges = simulate(item({ dueDate: d('2017-05-05') }), '2017-05-05', '2017-06-10').filter((n) => n.includes('escalation'));
    expect(nudges).toEqual(['2017-05-19 escalation:escalation→lee@x', '2017-05-19 escalation:escalation→sec@x']);
    // The owner who is also the workstream owner is not told twice.
    const self = simulate(item({ dueDate: d('2017-05-05'), lead: ann, secretaries: [] }), '2017-05-05', '2017-06-10');
    expect(self.filter((n) => n.includes('escalation'))).toEqual([]);
  });

  it('stops overdue nudges after the configured number of weeks', () => {
    const policy = parseReminderPolicy('{"overdueWeeks":2}');
    const nudges = simulate(item({ dueDate: d('2017-05-05'), lead: null, secretaries: [] }), '2017-05-05', '2017-07-30', policy);
    expect(nudges).toEqual(['2017-05-05 owner:on-day→ann@x', '2017-05-12 owner:overdue-1→ann@x', '2017-05-19 owner:overdue-2→ann@x']);
    // The first run long after the stop sends nothing: the item lives in the exception report.
    expect(plan([item({ dueDate: d('2012-08-31') })], '2017-03-20')).toEqual([]);
  });

  it('gives the seeded data a realistic first run with --today 2017-03-20', () => {
    const items = [
      item({ dueDate: d('2012-08-31') }), // years overdue: silent
      item({ dueDate: d('2017-03-31') }), // 11 days to go: before-14 caught up
      item({ dueDate: d('2017-02-28') }), // 20 days overdue: overdue-2 and an escalation
    ];
    const digests = plan(items, '2017-03-20');
    expect(digests.map((g) => `${g.kind} ${g.to.id} ${g.nudges.map((n) => n.ledgerRule).join(',')}`)).toEqual([
      'owner ann@x overdue-2,before-14',
      'escalation lee@x escalation',
      'escalation sec@x escalation',
    ]);
  });
});

describe('TRACKER_REMINDER_POLICY', () => {
  it('defaults to 14, 7, 1 days, 8 weeks, escalation at 14 days', () => {
    expect(parseReminderPolicy(undefined)).toEqual(DEFAULT_REMINDER_POLICY);
    expect(parseReminderPolicy('{"offsets":[7]}').offsets).toEqual([7]);
  });

  it.each([
    ['{', 'TRACKER_REMINDER_POLICY: not valid JSON ("{")'],
    ['{"offsets":[14,"x"]}', 'TRACKER_REMINDER_POLICY.offsets: expected whole numbers of days from 1 to 365, e.g. [14, 7, 1] ([14,"x"])'],
    ['{"overdueWeeks":-1}', 'TRACKER_REMINDER_POLICY.overdueWeeks: expected a whole number, 0 or more (-1)'],
    ['{"boards":{"E&I":{"ofsets":[1]}}}', 'TRACKER_REMINDER_POLICY.boards.E&I.ofsets: unknown setting; allowed: offsets, overdueWeeks, escalateAfterDays, boards ([1])'],
  ])('refuses %s naming the field', (text, message) => {
    expect(() => parseReminderPolicy(text)).toThrow(InvalidValueError);
    expect(() => parseReminderPolicy(text)).toThrow(message);
  });
});
