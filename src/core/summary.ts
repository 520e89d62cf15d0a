/**
 * Derived figures: "There are N recommendations; M apply to the force" is counted from the
 * items, by kind, never typed. The source's own sentence is kept, and where its numbers
 * differ from what is listed the difference is said in a plain sentence ("The report says 9
 * recommendations; 5 are listed here.").
 */
import { countLifecycles, type LifecycleCounts } from './inspection-facts';
import type { Recommendation } from './model';
import { isOpen, RAGS, type Rag } from './rag';

export type StatusCounts = Record<Rag | 'notSet' | 'closed', number>;

export type InspectionSummary = Readonly<{
  total: number;
  appliesToForce: number;
  byKind: Readonly<Record<string, number>>;
  byStatus: Readonly<StatusCounts>;
  /** open, closure proposed, closed by the force, authorised by the inspectorate, superseded: kept apart */
  byLifecycle: LifecycleCounts;
  /** numbers read from the source's summary sentence, when it has them */
  source: Readonly<{ total: number | null; appliesToForce: number | null }>;
  mismatches: readonly string[];
}>;

type Countable = Pick<Recommendation, 'itemKind' | 'rag' | 'lifecycle' | 'appliesToForce'>;

export function emptyStatusCounts(): StatusCounts {
  return { GREEN: 0, AMBER: 0, RED: 0, WHITE: 0, notSet: 0, closed: 0 };
}

export function countStatus(items: ReadonlyArray<Pick<Countable, 'rag' | 'lifecycle'>>): StatusCounts {
  const counts = emptyStatusCounts();
  for (const item of items) {
    if (!isOpen(item.lifecycle)) {
      counts.closed += 1;
    } else if (item.rag === null) {
      counts.notSet += 1;
    } else {
      counts[item.rag] += 1;
    }
  }
  return counts;
}

const CLOSURE_STEPS = [
  ['closure-proposed', 'Closure proposed'],
  ['closed', 'Closed by the force'],
  ['authorised', 'Authorised by the inspectorate'],
  ['superseded', 'Superseded'],
] as const;

/**
 * The steps of closure, each with its count, never summed into one "closed": the force closing
 * an item and the inspectorate authorising it are different facts a board reads separately.
 * Steps no item has reached are left out.
 */
export function closureCounts(byLifecycle: LifecycleCounts): ReadonlyArray<Readonly<{ label: string; count: number }>> {
  return CLOSURE_STEPS.filter(([step]) => byLifecycle[step] > 0).map(([step, label]) => ({ label, count: byLifecycle[step] }));
}

/** Reads "There are 9 recommendations; 5 of which apply to force" and its variants. */
export function readSourceSummary(text: string | null): { total: number | null; appliesToForce: number | null } {
  if (!text) {
    return { total: null, appliesToForce: null };
  }
  const total = /(?:there are(?: a total of)?|total of)\s+(\d+)/i.exec(text);
  const applies =
    /(\d+)\s+(?:of which\s+)?(?:apply|applied|are relevant|were areas relevant|actions are relevant)/i.exec(text) ??
    /^(\d+)\s+actions? (?:are|is) relevant/i.exec(text);
  return {
    total: total ? Number(total[1]) : null,
    appliesToForce: applies ? Number(applies[1]) : null,
  };
}

export function summariseInspection(sourceSummary: string | null, items: readonly Countable[]): InspectionSummary {
  const byKind: Record<string, number> = {};
  for (const item of items) {
    byKind[item.itemKind] = (byKind[item.itemKind] ?? 0) + 1;
  }
  const appliesToForce = items.filter((i) => i.appliesToForce).length;
  const source = readSourceSummary(sourceSummary);
  const mismatches = describeMismatches(source, { total: items.length, appliesToForce, byKind });
  return { total: items.length, appliesToForce, byKind, byStatus: countStatus(items), byLifecycle: countLifecycles(items), source, mismatches };
}

/** "1 applies to the force", "5 apply to the force": the verb agrees with the number. */
export function appliesToForcePhrase(n: number): string {
  return `${n} ${n === 1 ? 'applies' : 'apply'} to the force`;
}

/** "9 recommendations; 5 apply to the force", or "2 areas for improvement, 1 cause of concern; …". */
export function describeCounts(summary: Pick<InspectionSummary, 'byKind' | 'appliesToForce'>): string {
  const kinds = Object.entries(summary.byKind)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, n]) => `${n} ${pluralKind(kind, n)}`);
  return `${kinds.join(', ') || '0 items'}; ${appliesToForcePhrase(summary.appliesToForce)}`;
}

/**
 * Where the report's own summary and the listed items disagree, one plain sentence each:
 * "The report says 22 recommendations; 20 are listed here." The noun is the items' kind when
 * they are all of one kind (what the report counts), otherwise "items".
 */
export function describeMismatches(
  source: Readonly<{ total: number | null; appliesToForce: number | null }>,
  listed: Readonly<{ total: number; appliesToForce: number; byKind: Readonly<Record<string, number>> }>,
): string[] {
  const kinds = Object.keys(listed.byKind);
  const noun = (n: number) => (kinds.length === 1 && kinds[0] ? pluralKind(kinds[0], n) : n === 1 ? 'item' : 'items');
  const isAre = (n: number) => (n === 1 ? 'is' : 'are');
  const sentences: string[] = [];
  if (source.total !== null && source.total !== listed.total) {
    sentences.push(`The report says ${source.total} ${noun(source.total)}; ${listed.total} ${isAre(listed.total)} listed here.`);
  }
  if (source.appliesToForce !== null && source.appliesToForce !== listed.appliesToForce) {
    const n = listed.appliesToForce;
    sentences.push(`The report says ${appliesToForcePhrase(source.appliesToForce)}; here ${n} ${isAre(n)} marked as applying.`);
  }
  return sentences;
}

export function pluralKind(kind: string, n: number): string {
  if (n === 1) {
    return kind;
  }
  // "cause of concern" → "causes of concern"; "area for improvement" → "areas for improvement"
  const [first = kind, ...rest] = kind.split(' ');
  const head = first.endsWith('s') ? first : `${first}s`;
  return / (of|for) /.test(kind) ? [head, ...rest].join(' ') : kind.endsWith('s') ? kind : `${kind}s`;
}

export const RAG_ORDER = RAGS;
