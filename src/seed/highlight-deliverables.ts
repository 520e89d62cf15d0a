/**
 * A workstream's priority deliverables across its highlight reports (seeds 001 → 000). A
 * deliverable listed in 2021 and again in 2023 is one deliverable: the 2023 report says where
 * it stands now ("Completed" closes it), the 2021 one is its history. Matched when the text is
 * the same, when one wording extends the other ("Develop an E&I secondment framework" → "… for
 * leaders / volunteers"), when a cut 2023 cell could only be the 2021 text, or where a person
 * read the two as one (SAME_DELIVERABLE, with why). "KPI:" rows of a deliverables table are
 * the workstream's KPIs (kept in its kpis), not deliverables.
 */
import type { SourceNote } from '../core/provenance';
import { couldBeCutFrom, isCut } from './cut-text';
import type { RawDeliverable, RawHighlight } from './seed-types';

export const isKpiRow = (d: RawDeliverable): boolean => /^\s*KPI\s*:/i.test(d.title);

/** Deliverables whose wording shares nothing a rule could find, read as one by a person. */
const SAME_DELIVERABLE: Readonly<Record<string, Readonly<{ is: string; why: string }>>> = {
  'wsr-undated-recruitment-onboarding-l-and-od:d1': {
    is: 'wsr-2021-recruitment-onboarding:d1',
    why: '“Aspirational targets have been agreed by E&I board” reports the 2021 deliverable “Produce aspirational targets across protected characteristics” done',
  },
};

/** One listing of a deliverable in one report. */
export type Mention = Readonly<{
  report: RawHighlight;
  /** 1-based row in the report's deliverables table (KPI rows included), as the source key counts */
  row: number;
  /** 1-based among the report's deliverables (KPI rows left out), as its reference counts */
  position: number;
  deliverable: RawDeliverable;
}>;

/** One deliverable: every report that lists it, oldest first. */
export type TrackedDeliverable = Readonly<{ workstream: string; mentions: readonly Mention[] }>;

export const mentionKey = (m: Pick<Mention, 'report' | 'row'>): string => `${m.report.id}:d${m.row}`;

/** A report's date as written, or for one with none the export it came in: "undated, in the 2023 export". */
export function reportDateLabel(r: RawHighlight): string {
  return r.reportDateText ?? `undated, in the ${/\d{4}/.exec(r.id)?.[0] ?? '2023'} export`;
}

/** How a person names a report: "Community Engagement, 23/04/23", "…, undated, in the 2023 export". */
export const reportLabel = (r: RawHighlight): string => `${r.workstream}, ${reportDateLabel(r)}`;

const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9&+]+/g, ' ').trim();

function extends_(shorter: string, longer: string): boolean {
  const a = norm(shorter);
  const b = norm(longer);
  return a.split(' ').length >= 4 && b !== a && b.startsWith(`${a} `);
}

function sameText(a: string, b: string): boolean {
  if (isCut(a) || isCut(b)) {
    return (isCut(a) && couldBeCutFrom(a, b)) || (isCut(b) && couldBeCutFrom(b, a));
  }
  return norm(a) === norm(b) || extends_(a, b) || extends_(b, a);
}

/**
 * Every deliverable of the reports, matched across reports of one workstream. `reports` are
 * oldest first; `workstreamOf` names the one workstream a report (under any name) reports on.
 */
export function trackDeliverables(reports: readonly RawHighlight[], workstreamOf: (r: RawHighlight) => string): TrackedDeliverable[] {
  const tracked: Array<{ workstream: string; mentions: Mention[] }> = [];
  const byKey = new Map<string, { workstream: string; mentions: Mention[] }>();
  for (const report of reports) {
    const workstream = workstreamOf(report);
    let position = 0;
    report.deliverables.forEach((deliverable, i) => {
      if (isKpiRow(deliverable)) {
        return;
      }
      position += 1;
      const mention: Mention = { report, row: i + 1, position, deliverable };
      const named = SAME_DELIVERABLE[mentionKey(mention)];
      const earlier =
        (named ? byKey.get(named.is) : undefined) ??
        tracked.find(
          (t) => t.workstream === workstream && t.mentions.every((m) => m.report.id !== report.id) && t.mentions.some((m) => sameText(m.deliverable.title, deliverable.title))
        );
      const target = earlier ?? { workstream, mentions: [] };
      if (!earlier) {
        tracked.push(target);
      }
      target.mentions.push(mention);
      byKey.set(mentionKey(mention), target);
    });
  }
  return tracked;
}

/** The wording a deliverable is shown by: the longest one no export cut, else the latest. */
export function bestTitle(t: TrackedDeliverable): Mention {
  const whole = t.mentions.filter((m) => !isCut(m.deliverable.title));
  const pool = whole.length > 0 ? whole : [t.mentions.at(-1) as Mention];
  return [...pool].sort((a, b) => b.deliverable.title.length - a.deliverable.title.length)[0] as Mention;
}

/** What the other reports wrote, where it differs from what is shown, and why they are one. */
export function deliverableNotes(t: TrackedDeliverable): SourceNote[] {
  const shown = bestTitle(t);
  const latest = t.mentions.at(-1) as Mention;
  const notes: SourceNote[] = [];
  for (const m of t.mentions) {
    const named = SAME_DELIVERABLE[mentionKey(m)];
    if (named) {
      notes.push({ kind: 'inferred', field: 'lifecycle', text: `from ${reportLabel(m.report)}, read as this deliverable: ${named.why}` });
    }
    if (m === shown) {
      continue;
    }
    if (isCut(m.deliverable.title)) {
      notes.push({ kind: 'cut', field: 'title', text: m.deliverable.title, fuller: shown.deliverable.title, from: reportLabel(shown.report) });
    } else if (m.deliverable.title !== shown.deliverable.title) {
      notes.push({ kind: 'asWritten', field: 'title', text: m.deliverable.title, from: reportLabel(m.report) });
    }
  }
  if (t.mentions.length === 1 && isCut(shown.deliverable.title)) {
    notes.push({ kind: 'cut', field: 'title', text: shown.deliverable.title, fuller: null, from: null });
  }
  for (const m of t.mentions) {
    if (m !== latest && (m.deliverable.dueText ?? '') !== (latest.deliverable.dueText ?? '')) {
      notes.push({ kind: 'asWritten', field: 'dueText', text: m.deliverable.dueText ?? 'no date', from: reportLabel(m.report) });
    }
  }
  return notes;
}
