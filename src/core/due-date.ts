/**
 * Due dates as people write them in governance documents ("09/21", "Aug-12 *", "Q4 23/24",
 * "Sept 17 [Internal deadline]", "TBC", "When CityFirst proposals are implemented"...).
 * The text is always kept as written; from it we derive a kind, a date and its precision.
 * A month, quarter or year means "by the end of it", so the derived date is the period's
 * last day — except for "X onwards", which is a start, so it derives the period's first day.
 */
import { makeIsoDate, lastDayOfMonth, type IsoDate, parseIsoDate } from './dates';
import { InvalidValueError } from './errors';

export type DueKind =
  | 'date'
  | 'from'
  | 'immediate'
  | 'tbc'
  | 'ongoing'
  | 'none'
  | 'conditional'
  | 'status';

export const DUE_KINDS: readonly DueKind[] = [
  'date',
  'from',
  'immediate',
  'tbc',
  'ongoing',
  'none',
  'conditional',
  'status',
];

export type DuePrecision = 'day' | 'month' | 'quarter' | 'year';

export type Due = Readonly<{
  /** exactly what was written, or null when nothing was */
  text: string | null;
  kind: DueKind;
  /** derived calendar date; null when the text names no date */
  date: IsoDate | null;
  precision: DuePrecision | null;
  /** "[Internal deadline]": the force set this date itself, not the inspectorate */
  internalDeadline: boolean;
}>;

const MONTHS: ReadonlyArray<readonly [number, RegExp]> = [
  [1, /^jan(uary)?$/],
  [2, /^feb(ruary)?$/],
  [3, /^mar(ch)?$/],
  [4, /^apr(il)?$/],
  [5, /^may$/],
  [6, /^june?$/],
  [7, /^july?$/],
  [8, /^aug(ust)?$/],
  [9, /^sep(t|tember)?$/],
  [10, /^oct(ober)?$/],
  [11, /^nov(ember)?$/],
  [12, /^dec(ember)?$/],
];

const STATUS_WORDS = /^(complete|completed|done|closed|implemented|achieved)\.?$/i;
const IMMEDIATE = /^(immediate|immediately|now|asap)\.?$/i;
const TBC = /^(tbc|tbd|tba|to be confirmed|to be determined|due)\.?$/i;
const ONGOING = /^(ongoing|on-going|continuous|rolling|bau)\b/i;
const NONE = /^(no deadline|none|n\/a|na|not applicable|-+)\b/i;
const CONDITIONAL = /^(when|once|after|following|upon|on completion|subject to|dependent|depends)\b/i;
const INTERNAL = /\[\s*internal deadline\s*\]/i;
const ONWARDS = /\s+(onwards|on wards|and beyond)\.?$/i;

function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.find(([, re]) => re.test(w))?.[0] ?? null;
}

/** Two-digit years are this century: the documents run 2012-2025. */
function fullYear(text: string): number {
  const n = Number(text);
  return text.length <= 2 ? 2000 + n : n;
}

type Period = { start: IsoDate; end: IsoDate; precision: DuePrecision };

/**
 * Parses the date part of a due text. Returns null when the text is not a date at all;
 * throws when it has the shape of a date but names an impossible one (31/02/2018).
 */
function parsePeriod(raw: string, field: string): Period | null {
  const s = raw.trim().replace(/\s+/g, ' ');
  const impossible = (): never => {
    throw new InvalidValueError(field, raw, 'not a real calendar date');
  };
  const day = (y: number, m: number, d: number): Period => {
    const date = makeIsoDate(y, m, d) ?? impossible();
    return { start: date, end: date, precision: 'day' };
  };
  const month = (y: number, m: number): Period => {
    const start = makeIsoDate(y, m, 1) ?? impossible();
    return { start, end: lastDayOfMonth(y, m), precision: 'month' };
  };

  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (iso) {
    return parseIsoDate(s) ? day(Number(iso[1]), Number(iso[2]), Number(iso[3])) : impossible();
  }
  // D/M/YY or DD/MM/YYYY: UK order, never US.
  const dmy = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$/.exec(s);
  if (dmy) {
    return day(fullYear(dmy[3] as string), Number(dmy[2]), Number(dmy[1]));
  }
  // MM/YY or MM/YYYY
  const my = /^(\d{1,2})[/.](\d{2}|\d{4})$/.exec(s);
  if (my) {
    return month(fullYear(my[2] as string), Number(my[1]));
  }
  // 19 Jan 22, 19 January 2022, 19th Jan 2022
  const dMonY = /^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+\.?),? (\d{2}|\d{4})$/.exec(s);
  if (dMonY) {
    const m = monthNumber(dMonY[2] as string);
    if (m !== null) {
      return day(fullYear(dMonY[3] as string), m, Number(dMonY[1]));
    }
  }
  // Aug-12, May - 12, Sept 12, June 17, Aug 2021, March 2022
  const monY = /^([A-Za-z]+\.?) ?[-/ ]? ?(\d{2}|\d{4})$/.exec(s);
  if (monY) {
    const m = monthNumber(monY[1] as string);
    if (m !== null) {
      return month(fullYear(monY[2] as string), m);
    }
  }
  // Q4 23/24 (UK financial year: Q1 = April-June of the first year)
  const fq = /^Q([1-4]) ?(?:FY ?)?(\d{2}|\d{4})\/(\d{2}|\d{4})$/i.exec(s);
  if (fq) {
    const q = Number(fq[1]);
    const startYear = fullYear(fq[2] as string);
    if (fullYear(fq[3] as string) % 100 !== (startYear + 1) % 100) {
      return impossible();
    }
    const firstMonth = q === 4 ? 1 : 1 + q * 3; // Q1 Apr, Q2 Jul, Q3 Oct, Q4 Jan
    const year = q === 4 ? startYear + 1 : startYear;
    return {
      start: makeIsoDate(year, firstMonth, 1) as IsoDate,
      end: lastDayOfMonth(year, firstMonth + 2),
      precision: 'quarter',
    };
  }
  // 2023/24 financial year
  const fy = /^(?:FY ?)?(\d{4})\/(\d{2}|\d{4})$/i.exec(s);
  if (fy) {
    const startYear = Number(fy[1]);
    return {
      start: makeIsoDate(startYear, 4, 1) as IsoDate,
      end: lastDayOfMonth(startYear + 1, 3),
      precision: 'year',
    };
  }
  const year = /^(\d{4})$/.exec(s);
  if (year) {
    const y = Number(year[1]);
    return { start: makeIsoDate(y, 1, 1) as IsoDate, end: lastDayOfMonth(y, 12), precision: 'year' };
  }
  return null;
}

/**
 * Reads a due text as written. `field` names the field in errors.
 * Text that is neither a date nor a recognised phrase is refused, listing what is accepted.
 */
export function parseDue(text: string | null | undefined, field = 'due'): Due {
  const written = text ?? null;
  const base = { text: written, date: null, precision: null, internalDeadline: false };
  if (written === null || written.trim() === '') {
    return { ...base, text: written === null ? null : written, kind: 'none' };
  }
  const internalDeadline = INTERNAL.test(written);
  // A trailing asterisk is a footnote marker in the 2012 plan; brackets are annotations.
  let s = written
    .replace(INTERNAL, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\*+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '');
  const flagged = { ...base, internalDeadline };

  if (STATUS_WORDS.test(s)) {
    return { ...flagged, kind: 'status' };
  }
  if (IMMEDIATE.test(s)) {
    return { ...flagged, kind: 'immediate' };
  }
  if (TBC.test(s)) {
    return { ...flagged, kind: 'tbc' };
  }
  if (ONGOING.test(s)) {
    return { ...flagged, kind: 'ongoing' };
  }
  if (NONE.test(s)) {
    return { ...flagged, kind: 'none' };
  }
  if (CONDITIONAL.test(s)) {
    return { ...flagged, kind: 'conditional' };
  }
  const from = ONWARDS.exec(s);
  if (from) {
    s = s.slice(0, from.index);
    const period = parsePeriod(s, field);
    if (period) {
      return { ...flagged, kind: 'from', date: period.start, precision: period.precision };
    }
  }
  const period = parsePeriod(s, field) ?? parsePeriod(s.split(',')[0] ?? '', field);
  if (period) {
    return { ...flagged, kind: 'date', date: period.end, precision: period.precision };
  }
  throw new InvalidValueError(
    field,
    written,
    'not a date or a recognised phrase; write e.g. 31/03/2024, 03/24, Mar-24, March 2024, Q4 23/24, 2024, TBC, Immediate, Ongoing, "Aug-24 onwards", "When … is implemented" or Complete'
  );
}

/** True when the item has a deadline that reminders and "overdue" can use. */
export function isDeadline(due: Due): due is Due & { date: IsoDate } {
  return due.kind === 'date' && due.date !== null;
}

/** A short human reading of the derived value, shown next to the text as written. */
export function describeDue(due: Due): string {
  switch (due.kind) {
    case 'date':
      return due.precision === 'day' ? `${due.date}` : `by ${due.date} (end of ${due.precision})`;
    case 'from':
      return `from ${due.date}`;
    case 'immediate':
      return 'immediate';
    case 'tbc':
      return 'to be confirmed';
    case 'ongoing':
      return 'ongoing';
    case 'none':
      return 'no deadline';
    case 'conditional':
      return 'when a condition is met';
    case 'status':
      return 'a status, not a date';
  }
}
