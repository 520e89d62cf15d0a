/**
 * Update rounds before a board (issue 12), pure: a secretary asks each workstream owner of a
 * board for a highlight update before a meeting. Who has submitted is read from the workstreams'
 * own highlight updates since the round opened — a submission IS the workstream's dated update,
 * so there is nothing to keep in step.
 */
import { isIsoDate, type IsoDate } from './dates';
import { InvalidValueError } from './errors';
import { ROUND_NUDGE_OFFSETS } from './round-reminder-policy';
import type { ItemId, PersonRef, Stored } from './model';
import type { Rag } from './rag';

/** What a round's page shows of one workstream: its owner and the update they sent, if any. */
export type RoundEntry = Readonly<{
  workstreamId: ItemId;
  title: string;
  /** the owner as a person, when one is named; reminders go only to a person */
  owner: PersonRef | null;
  ownerText: string | null;
  submitted: Readonly<{ at: string; by: string; reportDate: IsoDate | null; projectRag: Rag | null; benefitRag: Rag | null }> | null;
}>;

export type RoundSummary = Readonly<{
  id: ItemId;
  title: string;
  boardId: ItemId;
  board: string;
  meetingDate: IsoDate;
  openedBy: string;
  openedByName: string | null;
  openedAt: string;
}>;

export type RoundView = RoundSummary &
  Readonly<{
    entries: readonly RoundEntry[];
    submitted: number;
    missing: number;
    /** whether the signed-in person may remind those missing (a secretary of the board) */
    canRemind: boolean;
  }>;

/** "Operational Delivery Board — 2026-12-10": what the list and its reminders call a round. */
export function roundTitle(board: string, meetingDate: IsoDate): string {
  return `${board} — ${meetingDate}`;
}

/** The meeting date a secretary typed: a real day, not before today. */
export function meetingDateOf(value: unknown, today: IsoDate): IsoDate {
  if (!isIsoDate(value)) {
    throw new InvalidValueError('Meeting date', value, 'must be a date (day, month and year)');
  }
  if (value < today) {
    throw new InvalidValueError('Meeting date', value, `is in the past: a round asks for updates before a meeting (today is ${today})`);
  }
  return value;
}

/**
 * Each workstream with the first highlight update saved since the round opened (the one the
 * owner sent for this round), in the order given.
 */
export function roundEntries(
  openedAt: string,
  workstreams: readonly Stored<'workstreams'>[],
  updates: readonly Stored<'updates'>[]
): RoundEntry[] {
  const since = Date.parse(openedAt);
  const first = new Map<number, Stored<'updates'>>();
  for (const u of updates) {
    if (u.list !== 'workstreams' || u.kind !== 'highlight' || Date.parse(u.at) < since) {
      continue;
    }
    const seen = first.get(u.itemId);
    if (!seen || Date.parse(u.at) < Date.parse(seen.at)) {
      first.set(u.itemId, u);
    }
  }
  return workstreams.map((w) => {
    const u = first.get(w.id);
    return {
      workstreamId: w.id,
      title: w.title,
      owner: w.owner,
      ownerText: w.ownerText,
      submitted: u ? { at: u.at, by: u.authorName ?? u.author, reportDate: u.reportDate, projectRag: u.newRag, benefitRag: u.benefitRag } : null,
    };
  });
}

/** The owners still to submit, once each (a person may own several workstreams of a board). */
export function missingOwners(entries: readonly RoundEntry[]): Array<Readonly<{ owner: PersonRef; workstreams: readonly RoundEntry[] }>> {
  const byOwner = new Map<string, { owner: PersonRef; workstreams: RoundEntry[] }>();
  for (const e of entries) {
    if (e.submitted || !e.owner) {
      continue;
    }
    const key = e.owner.id.toLowerCase();
    const group = byOwner.get(key) ?? { owner: e.owner, workstreams: [] };
    group.workstreams.push(e);
    byOwner.set(key, group);
  }
  return [...byOwner.values()];
}

/** In Microsoft 365 the tab holds the person's token, not the bot's: it cannot send reminders itself. */
export class UnavailableRemindersError extends Error {
  constructor() {
    super(`Reminders for a round are sent in Teams by the hosted reminder job, not from the tab: it nudges owners still to send their update when the round opens, then ${ROUND_NUDGE_OFFSETS.join(' and ')} days before the meeting.`);
    this.name = 'UnavailableRemindersError';
  }
}
