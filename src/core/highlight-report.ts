/**
 * A workstream's highlight report as its owner sends it to the board: both RAGs, progress since
 * the last update, key next steps, recommendations and decisions for the board, KPIs, dated.
 * Saving one updates the workstream and adds ONE dated highlight update to its history, with the
 * report as its body in the shape the seed reports have, so the timeline treats them alike.
 */
import { isIsoDate, type IsoDate } from './dates';
import { InvalidValueError } from './errors';
import type { PersonRef, Stored, Update, Workstream } from './model';
import { parseRag, type Rag } from './rag';

export type HighlightReport = Readonly<{
  /** the day the report is made (what the board reads as its date) */
  reportDate: IsoDate;
  projectRag: Rag | null;
  benefitRag: Rag | null;
  /** progress since the last update, one point a line */
  progress: readonly string[];
  keyNextSteps: readonly string[];
  recommendationsToBoard: string | null;
  decisionsRequired: string | null;
  kpis: readonly string[];
}>;

export const HIGHLIGHT_FIELDS = [
  'reportDate',
  'projectRag',
  'benefitRag',
  'progress',
  'keyNextSteps',
  'recommendationsToBoard',
  'decisionsRequired',
  'kpis',
] as const;
export type HighlightField = (typeof HIGHLIGHT_FIELDS)[number];

/** The labels the form shows, so an error names the field as the person sees it. */
export const HIGHLIGHT_LABELS: Readonly<Record<HighlightField, string>> = {
  reportDate: 'Report date',
  projectRag: 'Project RAG',
  benefitRag: 'Benefit RAG',
  progress: 'Progress since last update',
  keyNextSteps: 'Key next steps',
  recommendationsToBoard: 'Recommendations to the board',
  decisionsRequired: 'Decisions required by the board',
  kpis: 'KPIs',
};

const MAX_TEXT = 8000;
const MAX_POINTS = 50;

function text(field: HighlightField, value: unknown): string | null {
  if (value === null || value === undefined) {
    return null;
  }
  if (typeof value !== 'string') {
    throw new InvalidValueError(field, value, 'must be text');
  }
  if (value.length > MAX_TEXT) {
    throw new InvalidValueError(field, `${value.slice(0, 40)}…`, `at most ${MAX_TEXT} characters`);
  }
  return value.trim() === '' ? null : value.trim();
}

function points(field: HighlightField, value: unknown): string[] {
  if (value === null || value === undefined) {
    return [];
  }
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new InvalidValueError(field, value, 'must be a list of points (text)');
  }
  const kept = (value as string[]).map((v) => v.trim()).filter((v) => v !== '');
  if (kept.length > MAX_POINTS) {
    throw new InvalidValueError(field, `${kept.length} points`, `at most ${MAX_POINTS} points`);
  }
  kept.forEach((v) => {
    if (v.length > MAX_TEXT) {
      throw new InvalidValueError(field, `${v.slice(0, 40)}…`, `at most ${MAX_TEXT} characters a point`);
    }
  });
  return kept;
}

/** Lines of a text box as points: one a line, blank lines and bullets dropped. */
export function pointsOf(textBox: string): string[] {
  return textBox
    .split('\n')
    .map((l) => l.replace(/^\s*[-•*]\s*/, '').trim())
    .filter((l) => l !== '');
}

/** Validates a report as received (form or API body). Unknown fields are refused. */
export function validateHighlight(body: unknown): HighlightReport {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new InvalidValueError('report', body, 'must be an object with the highlight report’s fields');
  }
  const input = body as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!(HIGHLIGHT_FIELDS as readonly string[]).includes(key)) {
      throw new InvalidValueError(key, input[key], `not a field of a highlight report; allowed: ${HIGHLIGHT_FIELDS.join(', ')}`);
    }
  }
  if (!isIsoDate(input.reportDate)) {
    throw new InvalidValueError('reportDate', input.reportDate ?? null, 'is required: a day, written YYYY-MM-DD');
  }
  return {
    reportDate: input.reportDate,
    projectRag: parseRag(input.projectRag ?? null, 'projectRag'),
    benefitRag: parseRag(input.benefitRag ?? null, 'benefitRag'),
    progress: points('progress', input.progress),
    keyNextSteps: points('keyNextSteps', input.keyNextSteps),
    recommendationsToBoard: text('recommendationsToBoard', input.recommendationsToBoard),
    decisionsRequired: text('decisionsRequired', input.decisionsRequired),
    kpis: points('kpis', input.kpis),
  };
}

/** The report as the workstream holds it now: what the form starts from. */
export function highlightOf(w: Workstream, reportDate: IsoDate): HighlightReport {
  return {
    reportDate,
    projectRag: w.projectRag,
    benefitRag: w.benefitRag,
    progress: w.progress,
    keyNextSteps: w.nextSteps,
    recommendationsToBoard: w.recommendationsToBoard,
    decisionsRequired: w.decisionsRequired,
    kpis: w.kpis,
  };
}

/** What the workstream itself holds after the report: its latest state. */
export function highlightPatch(report: HighlightReport): Partial<Workstream> {
  return {
    projectRag: report.projectRag,
    benefitRag: report.benefitRag,
    progress: report.progress,
    nextSteps: report.keyNextSteps,
    recommendationsToBoard: report.recommendationsToBoard,
    decisionsRequired: report.decisionsRequired,
    kpis: report.kpis,
    lastReportDate: report.reportDate,
  };
}

/** "28/04/2023": the one way the app writes a day (en-GB). */
export function ukDate(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * The history record: one dated highlight update whose body has the seed reports' shape
 * (workstream, programme, ownerRole, reportDateText, both RAGs, objectives, KPIs, progress,
 * next steps, recommendations and decisions), so old and new reports read the same way.
 */
export function highlightUpdate(w: Stored<'workstreams'>, report: HighlightReport, author: PersonRef, at: string): Update {
  const reportDateText = ukDate(report.reportDate);
  const body = {
    programme: w.programme,
    workstream: w.title,
    ownerRole: w.owner?.displayName ?? w.ownerText,
    reportDateText,
    reportDate: report.reportDate,
    projectRag: report.projectRag,
    benefitRag: report.benefitRag,
    objectives: w.objectives,
    deliverables: [],
    kpis: report.kpis,
    progress: report.progress,
    nextSteps: report.keyNextSteps,
    recommendationsToBoard: report.recommendationsToBoard,
    decisionsRequired: report.decisionsRequired,
  };
  return {
    list: 'workstreams',
    itemId: w.id,
    kind: 'highlight',
    at,
    author: author.id,
    authorName: author.displayName,
    previousRag: w.projectRag,
    newRag: report.projectRag,
    benefitRag: report.benefitRag,
    text: `${w.title} highlight report, ${reportDateText}`,
    body: JSON.stringify(body),
    reportDateText,
    reportDate: report.reportDate,
    sourceKey: null,
  };
}
