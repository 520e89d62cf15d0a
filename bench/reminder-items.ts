/** Synthetic reminder workloads: 50,000 items for 2,000 owners over four years of due dates. */
import { addDays, type IsoDate } from '../src/core/dates';
import { asItemId, type PersonRef } from '../src/core/model';
import { DEFAULT_REMINDER_POLICY, planDigests, type ReminderItem } from '../src/core/reminder-policy';
import { ENGLAND_AND_WALES } from '../src/core/working-days';

export const ITEMS = 50_000;
export const OWNERS = 2_000;
export const TODAY = '2017-03-20' as IsoDate;
const FIRST_DUE = '2015-03-20' as IsoDate;

export const owner = (i: number): PersonRef => ({ id: `owner${i % OWNERS}@contoso.example`, displayName: `Owner ${i % OWNERS}` });

/** Item i: due on one of 1,461 days, 1 in 20 undated, 1 in 25 with no person as owner. */
export function dueOf(i: number): IsoDate | null {
  return i % 20 === 7 ? null : addDays(FIRST_DUE, (i * 7919) % 1461);
}

export function syntheticItems(): ReminderItem[] {
  const secretaries = [{ id: 'sec@contoso.example', displayName: 'Secretary' }];
  return Array.from({ length: ITEMS }, (_, i) => {
    const due = dueOf(i);
    return {
      list: 'actions',
      id: asItemId(i + 1),
      version: '"1"',
      ref: `A${i}`,
      label: `Action A${i}`,
      title: `Synthetic action ${i}`,
      parent: `Workstream ${i % 200}`,
      dueText: due,
      dueDate: due,
      dueKind: due ? 'date' : 'tbc',
      rag: i % 13 === 0 ? 'WHITE' : 'AMBER',
      lifecycle: i % 9 === 0 ? 'closed' : 'open',
      owner: i % 25 === 3 ? null : owner(i),
      board: `Board ${i % 4}`,
      secretaries,
      lead: owner(i + 1),
    } satisfies ReminderItem;
  });
}

export function planSynthetic(): { planMs: number; digests: number; nudges: number } {
  const items = syntheticItems();
  const times: number[] = [];
  let digests = 0;
  let nudges = 0;
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    const plan = planDigests(items, TODAY, DEFAULT_REMINDER_POLICY, ENGLAND_AND_WALES, () => false);
    times.push(performance.now() - started);
    digests = plan.length;
    nudges = plan.reduce((n, d) => n + d.nudges.length, 0);
  }
  return { planMs: times.sort((a, b) => a - b)[1] ?? 0, digests, nudges };
}
