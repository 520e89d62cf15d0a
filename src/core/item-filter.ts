/**
 * Filters, free-text search and sorting for every list of items. Pure: the screens run it in
 * memory over what the store returned, the services run it before answering, and `scopeOf`
 * names the part a store can narrow on an indexed column (owner, lifecycle, due window), so a
 * SharePoint list of 50,000 items is never asked for more than that part.
 */
import { addDays, daysBetween, type IsoDate } from './dates';
import { InvalidValueError } from './errors';
import type { ItemId, TrackedList } from './model';
import { LIFECYCLES, RAGS, isOpen, type Lifecycle, type Rag } from './rag';
import { daysOverdue, type TrackedItem } from './tracked-item';

/** An item as a list shows it: with the board it reports to and where it sits. */
export type ListedItem = TrackedItem &
  Readonly<{
    boardId: ItemId | null;
    board: string | null;
    /** the objective, workstream or inspection it belongs to, in words */
    context: string | null;
    characteristics: readonly string[];
    duties: readonly string[];
  }>;

export const DUE_WINDOWS = ['any', 'overdue', 'next-7', 'next-30', 'next-90', 'undated'] as const;
export type DueWindow = (typeof DUE_WINDOWS)[number];

export const DUE_WINDOW_LABELS: Readonly<Record<DueWindow, string>> = {
  any: 'Any time',
  overdue: 'Overdue',
  'next-7': 'Due in the next 7 days',
  'next-30': 'Due in the next 30 days',
  'next-90': 'Due in the next 90 days',
  undated: 'No date',
};

/** 'me', 'unassigned', 'anyone' or a person's id (lower-case mail) */
export type OwnerFilter = string;

export type ItemFilter = Readonly<{
  text: string;
  owner: OwnerFilter;
  rag: Rag | 'none' | 'any';
  /** 'active' is every lifecycle that is still open (open, closure proposed) */
  lifecycle: Lifecycle | 'active' | 'any';
  due: DueWindow;
  list: TrackedList | 'any';
  boardId: ItemId | null;
  characteristic: string | null;
}>;

export const NO_FILTER: ItemFilter = {
  text: '',
  owner: 'anyone',
  rag: 'any',
  lifecycle: 'active',
  due: 'any',
  list: 'any',
  boardId: null,
  characteristic: null,
};

export const SORT_KEYS = ['source', 'due', 'rag', 'ref', 'title', 'owner', 'board'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type ItemSort = Readonly<{ key: SortKey; descending: boolean }>;

export const SORT_LABELS: Readonly<Record<SortKey, string>> = {
  source: 'As in the report',
  due: 'Due date',
  rag: 'RAG (worst first)',
  ref: 'Reference',
  title: 'Title',
  owner: 'Owner',
  board: 'Board',
};

/** What a store can narrow on its indexed columns; everything else is applied in memory. */
export type ItemScope = Readonly<{
  /** a person's id, 'unassigned', or null for anyone */
  owner: string | null;
  lifecycle: ItemFilter['lifecycle'];
  due: DueWindow;
}>;

/** The indexed part of a filter, with 'me' resolved to the signed-in person. */
export function scopeOf(filter: ItemFilter, me: string): ItemScope {
  const owner = filter.owner === 'anyone' ? null : filter.owner === 'me' ? me : filter.owner;
  return { owner, lifecycle: filter.lifecycle, due: filter.due };
}

const WINDOW_DAYS: Partial<Record<DueWindow, number>> = { 'next-7': 7, 'next-30': 30, 'next-90': 90 };

/**
 * True when every item of `wanted` is among the items of `loaded` (same day), so a narrower
 * filter is applied to what is already here instead of asking the store again.
 */
export function scopeCovers(loaded: ItemScope, wanted: ItemScope): boolean {
  const owner = loaded.owner === null || loaded.owner === wanted.owner;
  const lifecycle =
    loaded.lifecycle === 'any' ||
    loaded.lifecycle === wanted.lifecycle ||
    (loaded.lifecycle === 'active' && (wanted.lifecycle === 'open' || wanted.lifecycle === 'closure-proposed'));
  const days = (w: DueWindow): number | undefined => WINDOW_DAYS[w];
  const due =
    loaded.due === 'any' || loaded.due === wanted.due || ((days(wanted.due) ?? Infinity) <= (days(loaded.due) ?? -Infinity));
  return owner && lifecycle && due;
}

/** The due dates a window covers as of a day, inclusive; null bounds are open. */
export function dueRange(window: DueWindow, asOf: IsoDate): Readonly<{ from: IsoDate | null; to: IsoDate | null }> | null {
  switch (window) {
    case 'overdue':
      return { from: null, to: addDays(asOf, -1) };
    case 'next-7':
      return { from: asOf, to: addDays(asOf, 7) };
    case 'next-30':
      return { from: asOf, to: addDays(asOf, 30) };
    case 'next-90':
      return { from: asOf, to: addDays(asOf, 90) };
    default:
      return null;
  }
}

function inDueWindow(item: TrackedItem, window: DueWindow, asOf: IsoDate): boolean {
  switch (window) {
    case 'any':
      return true;
    case 'undated':
      return item.due.date === null;
    case 'overdue':
      // the same rule as My items: open, a real deadline, and past it
      return daysOverdue(item, asOf) > 0;
    default: {
      const range = dueRange(window, asOf);
      const d = item.due.date;
      return d !== null && range !== null && (range.from === null || d >= range.from) && (range.to === null || d <= range.to);
    }
  }
}

function lifecycleMatches(lifecycle: Lifecycle, wanted: ItemFilter['lifecycle']): boolean {
  return wanted === 'any' || (wanted === 'active' ? isOpen(lifecycle) : lifecycle === wanted);
}

/** Lower case, accents and punctuation folded, so "Sub-group" finds "subgroup" and "sub group". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‘’'`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Words of a search; every one must be found somewhere in the item. A word the person typed with
 * punctuation inside stays one term ("OD3-01" is "od3 01", found only as those two together), so a
 * reference finds that item and not its neighbours that merely share "od3" and some "01".
 */
export function searchTerms(text: string): string[] {
  return text
    .split(/\s+/)
    .map(foldText)
    .filter((t) => t.length > 0);
}

/** A term of several parts ("sub group") is also found written as one word ("subgroup"). */
export function termFound(hay: string, term: string): boolean {
  return hay.includes(term) || (term.includes(' ') && hay.replace(/ /g, '').includes(term.replace(/ /g, '')));
}

/** Items are immutable, so each one's folded text is worked out once, not on every keystroke. */
const haystacks = new WeakMap<object, string>();

function haystackOf(item: ListedItem | TrackedItem): string {
  const cached = haystacks.get(item);
  if (cached !== undefined) {
    return cached;
  }
  const listed = item as Partial<ListedItem>;
  const hay = foldText(
    [item.label, item.title, item.ownerText, item.owner?.displayName, item.owner?.id, item.progress, item.responsibleOrg, item.due.text, listed.board, listed.context]
      .filter((s): s is string => typeof s === 'string')
      .join(' ')
  );
  haystacks.set(item, hay);
  return hay;
}

export type FilterContext = Readonly<{ asOf: IsoDate; me: string }>;

/** True when an item passes every part of the filter. Board and characteristic need a ListedItem. */
export function matchesFilter(item: ListedItem | TrackedItem, filter: ItemFilter, { asOf, me }: FilterContext, terms = searchTerms(filter.text)): boolean {
  const listed = item as Partial<ListedItem>;
  if (filter.list !== 'any' && item.list !== filter.list) {return false;}
  if (filter.owner === 'unassigned' ? item.owner !== null : filter.owner !== 'anyone' && item.owner?.id !== (filter.owner === 'me' ? me : filter.owner)) {return false;}
  if (filter.rag !== 'any' && (filter.rag === 'none' ? item.rag !== null : item.rag !== filter.rag)) {return false;}
  if (!lifecycleMatches(item.lifecycle, filter.lifecycle)) {return false;}
  if (!inDueWindow(item, filter.due, asOf)) {return false;}
  if (filter.boardId !== null && listed.boardId !== filter.boardId) {return false;}
  if (filter.characteristic !== null && !(listed.characteristics ?? []).includes(filter.characteristic)) {return false;}
  if (terms.length > 0) {
    const hay = haystackOf(item);
    return terms.every((t) => termFound(hay, t));
  }
  return true;
}

export function filterItems<T extends ListedItem | TrackedItem>(items: readonly T[], filter: ItemFilter, context: FilterContext): T[] {
  const terms = searchTerms(filter.text);
  return items.filter((i) => matchesFilter(i, filter, context, terms));
}

const RAG_ORDER: Readonly<Record<Rag, number>> = { RED: 0, AMBER: 1, GREEN: 2, WHITE: 3 };
const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

/** Sorts a copy; ties fall back to due date then label, so the order never wobbles. */
export function sortItems<T extends ListedItem | TrackedItem>(items: readonly T[], sort: ItemSort, asOf: IsoDate): T[] {
  if (sort.key === 'source') {
    // the order the source gave (an inspection's numbering), kept as it is
    return sort.descending ? [...items].reverse() : [...items];
  }
  const text = (s: string | null | undefined): string => s ?? '\uffff';
  const compareBy = (a: T, b: T): number => {
    switch (sort.key) {
      case 'due': {
        // overdue items come first with the longest overdue at the top; undated last
        const ad = a.due.date ?? '9999-12-31';
        const bd = b.due.date ?? '9999-12-31';
        return ad.localeCompare(bd);
      }
      case 'rag':
        return (a.rag === null ? 9 : RAG_ORDER[a.rag]) - (b.rag === null ? 9 : RAG_ORDER[b.rag]) || daysOverdue(b, asOf) - daysOverdue(a, asOf);
      case 'ref':
        return collator.compare(a.label, b.label);
      case 'title':
        return collator.compare(a.title, b.title);
      case 'owner':
        return collator.compare(text(a.owner?.displayName ?? a.ownerText), text(b.owner?.displayName ?? b.ownerText));
      case 'board':
        return collator.compare(text((a as Partial<ListedItem>).board), text((b as Partial<ListedItem>).board));
      default:
        return 0;
    }
  };
  const sign = sort.descending ? -1 : 1;
  return [...items].sort(
    (a, b) => sign * compareBy(a, b) || (a.due.date ?? '9999').localeCompare(b.due.date ?? '9999') || collator.compare(a.label, b.label) || a.id - b.id
  );
}

/** The filter in words, for the announced count, an export's title and its file name: only what differs from `base`. */
export function describeFilter(filter: ItemFilter, names: Readonly<{ owner?: string; board?: string }> = {}, base: ItemFilter = NO_FILTER): string {
  const differs = <K extends keyof ItemFilter>(key: K): boolean => filter[key] !== base[key];
  const parts: string[] = [];
  if (differs('owner')) {
    parts.push(filter.owner === 'me' ? 'mine' : filter.owner === 'unassigned' ? 'no owner' : filter.owner === 'anyone' ? 'anyone’s' : `owner ${names.owner ?? filter.owner}`);
  }
  if (differs('due')) {
    parts.push(DUE_WINDOW_LABELS[filter.due].toLowerCase());
  }
  if (differs('rag')) {
    parts.push(filter.rag === 'none' ? 'no RAG' : filter.rag === 'any' ? 'any RAG' : filter.rag);
  }
  if (differs('lifecycle')) {
    parts.push(filter.lifecycle === 'any' ? 'open or closed' : filter.lifecycle === 'active' ? 'not closed' : filter.lifecycle);
  }
  if (differs('list') && filter.list !== 'any') {
    parts.push(LIST_LABELS[filter.list].toLowerCase());
  }
  if (differs('boardId') && filter.boardId !== null) {
    parts.push(names.board ?? `board ${filter.boardId}`);
  }
  if (differs('characteristic') && filter.characteristic !== null) {
    parts.push(filter.characteristic);
  }
  if (filter.text.trim()) {
    parts.push(`matching “${filter.text.trim()}”`);
  }
  return parts.join(', ');
}

export const LIST_LABELS: Readonly<Record<TrackedList, string>> = {
  actions: 'Actions and deliverables',
  recommendations: 'Inspection items',
  workstreams: 'Workstreams',
};

/** Reads a filter from query parameters (a shared link, the API), naming any bad value. */
export function readFilter(params: Readonly<Record<string, string | undefined>>): ItemFilter {
  const pick = <T extends string>(field: string, allowed: readonly T[], fallback: T): T => {
    const v = params[field];
    if (v === undefined || v === '') {return fallback;}
    if (!(allowed as readonly string[]).includes(v)) {
      throw new InvalidValueError(field, v, `allowed: ${allowed.join(', ')}`);
    }
    return v as T;
  };
  const board = params.board;
  if (board !== undefined && board !== '' && !/^\d+$/.test(board)) {
    throw new InvalidValueError('board', board, 'must be a board id (a whole number)');
  }
  const owner = (params.owner ?? '').trim().toLowerCase();
  if (owner.length > 320) {
    throw new InvalidValueError('owner', owner.slice(0, 40), 'too long for an owner');
  }
  const text = params.text ?? '';
  if (text.length > 200) {
    throw new InvalidValueError('text', text.slice(0, 40), 'a search is at most 200 characters');
  }
  return {
    text,
    owner: owner === '' ? 'anyone' : owner,
    rag: pick('rag', ['any', 'none', ...RAGS], 'any'),
    lifecycle: pick('lifecycle', ['active', 'any', ...LIFECYCLES], 'active'),
    due: pick('due', DUE_WINDOWS, 'any'),
    list: pick('list', ['any', 'actions', 'recommendations', 'workstreams'], 'any'),
    boardId: board ? (Number(board) as ItemId) : null,
    characteristic: params.characteristic ? params.characteristic : null,
  };
}

/** The parameters of a filter that differ from NO_FILTER: the inverse of readFilter. */
export function filterParams(filter: ItemFilter): Record<string, string> {
  const out: Record<string, string> = {};
  if (filter.text) {out.text = filter.text;}
  if (filter.owner !== NO_FILTER.owner) {out.owner = filter.owner;}
  if (filter.rag !== NO_FILTER.rag) {out.rag = filter.rag;}
  if (filter.lifecycle !== NO_FILTER.lifecycle) {out.lifecycle = filter.lifecycle;}
  if (filter.due !== NO_FILTER.due) {out.due = filter.due;}
  if (filter.list !== NO_FILTER.list) {out.list = filter.list;}
  if (filter.boardId !== null) {out.board = String(filter.boardId);}
  if (filter.characteristic !== null) {out.characteristic = filter.characteristic;}
  return out;
}

/** Days from `asOf` to the item's date: negative when overdue. For the "in 3 days" column. */
export function daysToDue(item: TrackedItem, asOf: IsoDate): number | null {
  return item.due.date === null ? null : daysBetween(asOf, item.due.date);
}
