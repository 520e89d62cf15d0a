/**
 * Turns the seed documents into records (pure). References between records are by source
 * key and resolved to ids when loading, so the plan can be checked without a store.
 *
 * - The nine highlight reports become six workstreams (names changed between 2021 and 2023)
 *   with each report kept as a dated highlight update: history is real from day one.
 * - The 2012 action plan becomes strands → objectives → actions; the NPCC toolkit becomes
 *   themes → work streams → template actions; the tracker becomes inspections and items.
 */
import { parseDue } from '../core/due-date';
import { dueFields, newAction, newWorkstream, slug } from '../core/records';
import type { Action, Board, Inspection, Recommendation, Update, Workstream } from '../core/model';
import { readStatus, type Lifecycle } from '../core/rag';
import { flagsFor } from '../core/rules';
import type { Person } from '../ports/directory';
import type { SourceNote } from '../core/provenance';
import { personForOwnerText } from './people';
import type { RawDeliverable, RawHighlight, RawSeed } from './seed-types';
import { INSPECTIONS_BOARD_KEY, planTracker } from './plan-tracker';
import { bestTitle, deliverableNotes, mentionKey, reportDateLabel, trackDeliverables, type Mention, type TrackedDeliverable } from './highlight-deliverables';
import { workstreamText } from './workstream-notes';

/** A record plus the source keys of the records its lookups point to. */
export type Planned<T> = Readonly<{ record: T; refs: Readonly<Record<string, string>> }>;

export type SeedPlan = Readonly<{
  boards: Planned<Board>[];
  workstreams: Planned<Workstream>[];
  actions: Planned<Action>[];
  inspections: Planned<Inspection>[];
  recommendations: Planned<Recommendation>[];
  highlights: Planned<Update>[];
}>;

export const BOARD_KEYS = {
  operational: 'board:operational-delivery',
  qos: 'board:qos-edhr-2012',
  inspections: INSPECTIONS_BOARD_KEY,
  toolkit: 'board:npcc-toolkit',
} as const;

/** Workstream renamed over time: each report's name → the one workstream it reports on. */
const WORKSTREAM_OF: Readonly<Record<string, string>> = {
  'health and wellbeing': 'Health and Wellbeing',
  'culture & leadership': 'Leadership & Culture',
  'leadership & culture': 'Leadership & Culture',
  'community engagement': 'Community Engagement',
  'recruitment & onboarding': 'Recruitment, Onboarding and L&OD',
  'recruitment, onboarding and l&od': 'Recruitment, Onboarding and L&OD',
  // "L&OD" is all any source calls it (2021); 2023 folds it into Recruitment, Onboarding and L&OD.
  'l&od': 'L&OD',
  'retention and exiting': 'Retention and Exiting',
};

/** The one workstream a report (under any of its names) reports on. */
export const workstreamOfReport = (name: string): string => WORKSTREAM_OF[name.toLowerCase()] ?? name;

function owner(people: readonly Person[], ownerText: string | null) {
  const p = personForOwnerText(people, ownerText);
  return { ownerText, owner: p ? { id: p.id, displayName: p.displayName } : null };
}

/**
 * Undated reports sort after the dated ones of their export (the 2023 export is April 2023).
 * Only the order uses this: the report itself stays undated (its reportDate is null).
 */
function reportSortDate(r: RawHighlight): string {
  return parseDue(r.reportDateText, 'reportDate').date ?? '2023-04-30';
}

/** The highlight reports oldest first (undated last in their export). */
export const reportsInOrder = (seed: RawSeed): RawHighlight[] => [...seed.workstreams].sort((a, b) => reportSortDate(a).localeCompare(reportSortDate(b)));

/** Every deliverable of the highlight reports, each once however many reports list it. */
export const seedDeliverables = (seed: RawSeed): TrackedDeliverable[] => trackDeliverables(reportsInOrder(seed), (r) => workstreamOfReport(r.workstream));

/** Whether a deliverable's date cell says it is done ("Complete", "Completed"). */
export function deliverableDone(d: RawDeliverable, where: string): boolean {
  return parseDue(d.dueText, where).kind === 'status' || /^complete/i.test(d.status ?? '');
}

function planWorkstreams(seed: RawSeed, people: readonly Person[], plan: SeedPlan): void {
  plan.boards.push({
    record: { title: 'Operational Delivery Board', programme: 'Equality & Inclusion', sourceKey: BOARD_KEYS.operational },
    refs: {},
  });
  const reports = reportsInOrder(seed);
  const latest = new Map<string, RawHighlight>();
  for (const r of reports) {
    latest.set(WORKSTREAM_OF[r.workstream.toLowerCase()] ?? r.workstream, r);
  }
  for (const [name, r] of latest) {
    const lastReport = parseDue(r.reportDateText, 'reportDate');
    const status = readStatus(r.projectRag, 'projectRag');
    const text = workstreamText(r, reports);
    plan.workstreams.push({
      record: {
        kind: 'workstream',
        title: name,
        ref: null,
        boardId: null,
        parentId: null,
        programme: r.programme,
        description: null,
        ...owner(people, r.ownerRole),
        projectRag: status.rag,
        benefitRag: readStatus(r.benefitRag, 'benefitRag').rag,
        level: null,
        objectives: text.objectives,
        kpis: text.kpis,
        progress: text.progress,
        nextSteps: text.nextSteps,
        recommendationsToBoard: r.recommendationsToBoard,
        decisionsRequired: r.decisionsRequired,
        sources: [],
        lastReportDate: lastReport.date,
        provenance: text.notes,
        sourceKey: `ws:${slug(name)}`,
      },
      refs: { boardId: BOARD_KEYS.operational },
    });
  }
  for (const r of reports) {
    const wsKey = `ws:${slug(WORKSTREAM_OF[r.workstream.toLowerCase()] ?? r.workstream)}`;
    const reportDate = parseDue(r.reportDateText, 'reportDate');
    plan.highlights.push({
      record: {
        list: 'workstreams',
        itemId: 0 as Update['itemId'],
        kind: 'highlight',
        at: `${reportSortDate(r)}T12:00:00.000Z`,
        author: r.ownerRole ?? 'unknown',
        authorName: r.ownerRole,
        previousRag: null,
        newRag: readStatus(r.projectRag, 'projectRag').rag,
        benefitRag: readStatus(r.benefitRag, 'benefitRag').rag,
        text: `${r.workstream} highlight report${r.reportDateText ? `, ${r.reportDateText}` : ` (${reportDateLabel(r)})`}`,
        body: JSON.stringify({ ...r, notes: undefined }),
        reportDateText: r.reportDateText,
        reportDate: reportDate.date,
        sourceKey: `hl:${r.id}`,
      },
      refs: { itemId: wsKey },
    });
  }
  planDeliverables(seedDeliverables(seed), people, plan);
}

/** Reference of a deliverable: the report's initials, its year and its place ("CE-21-3"). */
function deliverableRef(m: Mention): string {
  const r = m.report;
  const initials = r.workstream.replace(/&/g, ' ').split(/[\s,]+/).filter((w) => w && w.toLowerCase() !== 'and').map((w) => w.charAt(0).toUpperCase()).join('');
  const date = parseDue(r.reportDateText, 'reportDate').date;
  return `${initials}-${date ? date.slice(2, 4) : 'U'}-${m.position}`;
}

/**
 * One action per deliverable however many reports list it (highlight-deliverables.ts): named
 * by its first listing, worded by its most complete one, due and done as its latest report says.
 */
function planDeliverables(deliverables: readonly TrackedDeliverable[], people: readonly Person[], plan: SeedPlan): void {
  for (const t of deliverables) {
    const first = t.mentions[0] as Mention;
    const latest = t.mentions.at(-1) as Mention;
    const d = latest.deliverable;
    const due = parseDue(d.dueText, `${mentionKey(latest)} dueText`);
    const done = deliverableDone(d, mentionKey(latest));
    plan.actions.push({
      record: {
        ...newAction({
          kind: 'deliverable',
          ref: deliverableRef(first),
          title: bestTitle(t).deliverable.title,
          ...owner(people, latest.report.ownerRole),
          ...dueFields(due),
          lifecycle: done ? 'closed' : 'open',
          sourceKey: mentionKey(first),
        }),
        provenance: deliverableNotes(t),
      },
      refs: { workstreamId: `ws:${slug(t.workstream)}` },
    });
  }
}

const MONTH_IN_BRACKETS = /\(((?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4})\)\s*$/;

/** "Undertake review of induction processes. (April 2012)" with no due written: the month is offered as the due, not set. */
function suggestedDue(text: string, dueText: string | null): SourceNote[] {
  const month = dueText === null ? MONTH_IN_BRACKETS.exec(text)?.[1] : undefined;
  return month ? [{ kind: 'suggested', field: 'dueText', text: month }] : [];
}

function planActionPlan(seed: RawSeed, people: readonly Person[], plan: SeedPlan): void {
  const ap = seed.actionPlan;
  plan.boards.push({ record: { title: ap.title, programme: 'Quality of Service & EDHR', sourceKey: BOARD_KEYS.qos }, refs: {} });
  const legend = (t: string | null): string | null => (t && ap.ownerLegend[t] ? t : t);
  for (const strand of ap.strands) {
    const prefix = strand.objectives[0]?.ref.replace(/\d+$/, '') ?? slug(strand.name);
    const strandKey = `ap2012:${prefix}`;
    plan.workstreams.push({
      record: newWorkstream({ kind: 'strand', title: strand.name, ref: prefix, programme: ap.title, ...owner(people, legend(strand.champion)), sourceKey: strandKey }),
      refs: { boardId: BOARD_KEYS.qos },
    });
    for (const o of strand.objectives) {
      const objKey = `ap2012:${o.ref}`;
      plan.workstreams.push({
        record: newWorkstream({ kind: 'objective', title: o.text, ref: o.ref, programme: ap.title, ...owner(people, o.owner), sources: o.sources, sourceKey: objKey }),
        refs: { boardId: BOARD_KEYS.qos, parentId: strandKey },
      });
      // The owner is written only on an objective's first row (a merged cell): the rows below inherit it.
      const ownerRow = o.actions.find((a) => a.owner !== null);
      for (const a of o.actions) {
        const inherited = a.owner === null && o.owner !== null && ownerRow !== undefined;
        const due = parseDue(a.dueText, `${a.ref} dueText`);
        const status = readStatus(a.rag, `${a.ref} rag`);
        const lifecycle: Lifecycle = due.kind === 'status' || /^complete/i.test(a.status ?? '') ? 'closed' : 'open';
        plan.actions.push({
          record: {
            kind: 'action',
            ref: a.ref,
            title: a.text,
            workstreamId: null,
            ...owner(people, inherited ? o.owner : a.owner),
            ...dueFields(due),
            rag: status.rag,
            lifecycle,
            progress: a.progress,
            protectedCharacteristics: a.protectedCharacteristics,
            equalityDuties: a.equalityDuties,
            ragRationale: null,
            responsibleOrg: null,
            flags: flagsFor({ rag: status.rag, ragRationale: null, responsibleOrg: null }),
            templateRef: null,
            provenance: [
              ...(inherited ? [{ kind: 'inferred', field: 'ownerText', text: `written on ${ownerRow?.ref ?? o.ref}, the objective’s first row (one merged cell)` } as const] : []),
              ...suggestedDue(a.text, a.dueText),
            ],
            sourceKey: `ap2012:${a.ref}`,
          },
          refs: { workstreamId: objKey },
        });
      }
    }
  }
}

function planToolkit(seed: RawSeed, plan: SeedPlan): void {
  const tk = seed.toolkit;
  plan.boards.push({ record: { title: tk.title, programme: 'NPCC toolkit (template)', sourceKey: BOARD_KEYS.toolkit }, refs: {} });
  seed.toolkit.themes.forEach((theme) => {
    const themeKey = `npcc:${slug(theme.name)}`;
    plan.workstreams.push({
      record: newWorkstream({ kind: 'theme', title: theme.name, programme: tk.title, sourceKey: themeKey }),
      refs: { boardId: BOARD_KEYS.toolkit },
    });
    theme.workstreams.forEach((w, wi) => {
      const wKey = `${themeKey}:w${wi + 1}`;
      plan.workstreams.push({
        record: newWorkstream({ kind: 'toolkit-workstream', title: w.title, programme: tk.title, level: w.level, sourceKey: wKey }),
        refs: { boardId: BOARD_KEYS.toolkit, parentId: themeKey },
      });
      w.actions.forEach((text, ai) => {
        plan.actions.push({
          record: newAction({ kind: 'template', title: text, sourceKey: `${wKey}:a${ai + 1}` }),
          refs: { workstreamId: wKey },
        });
      });
    });
  });
}

export function planSeed(seed: RawSeed, people: readonly Person[]): SeedPlan {
  const plan: SeedPlan = { boards: [], workstreams: [], actions: [], inspections: [], recommendations: [], highlights: [] };
  planWorkstreams(seed, people, plan);
  planActionPlan(seed, people, plan);
  planToolkit(seed, plan);
  planTracker(seed, plan);
  return plan;
}
