/**
 * The HMICFRS tracker (seed 004) as inspections and their items, saying what the document
 * says: applicability from each report's own sentences, an item's headline from its open
 * parts, and cells merged across rows carried to every row they cover.
 */
import { parseDue } from '../core/due-date';
import { dueFields } from '../core/records';
import type { ItemId, Part, Recommendation, Update } from '../core/model';
import type { Provenance, SourceNote } from '../core/provenance';
import { readStatus } from '../core/rag';
import { flagsFor, responsibleOrgFromComment } from '../core/rules';
import { headlineOf } from '../core/parts';
import { appliesToForce } from './applicability';
import type { Planned, SeedPlan } from './seed-plan';
import type { RawItem, RawPart, RawSeed } from './seed-types';

export const INSPECTIONS_BOARD_KEY = 'board:hmicfrs-tracker';

/**
 * Cells written once across several rows in the source. Stop and Search #1's comment and due
 * date run into the rows of #2 and #3 (one merged cell under one heading), so they cover all three.
 */
const MERGED_CELLS: Readonly<Record<string, { from: number; to: readonly number[]; how: string }>> = {
  'best-use-of-stop-and-search-revisit-2016': { from: 1, to: [2, 3], how: 'written once on #1, in one merged cell covering #1–#3' },
};

/**
 * The report notes that are the source's own paragraphs (the rest describe the export). They are
 * the report's narrative, kept as written; "does not make specific recommendations" is also a fact.
 */
const NARRATIVE_NOTES: Readonly<Record<string, readonly number[]>> = {
  'best-use-of-stop-and-search-revisit-2016': [0, 1],
  'in-harms-way-2015': [0],
};

export function narrativeOf(reportId: string, notes: readonly string[]): string[] {
  return (NARRATIVE_NOTES[reportId] ?? []).map((i) => notes[i]).filter((n): n is string => n !== undefined);
}

/** What a merged cell filled in on this row, so the tab can say so. */
function mergedProvenance(reportId: string, raw: RawItem, carried: RawItem): SourceNote[] {
  const merged = MERGED_CELLS[reportId];
  if (!merged) {
    return [];
  }
  return [
    ...(raw.comment === null && carried.comment !== null ? [{ kind: 'inferred', field: 'comment', text: merged.how } as const] : []),
    ...(raw.dueText === null && carried.dueText !== null ? [{ kind: 'inferred', field: 'dueText', text: merged.how } as const] : []),
  ];
}

/** The report's items with merged cells carried to the rows they cover. */
export function withMergedCells(reportId: string, items: readonly RawItem[]): RawItem[] {
  const merged = MERGED_CELLS[reportId];
  const source = merged ? items.find((i) => String(i.number) === String(merged.from)) : undefined;
  if (!merged || !source) {
    return [...items];
  }
  return items.map((i) =>
    merged.to.some((n) => String(n) === String(i.number))
      ? { ...i, comment: i.comment ?? source.comment, dueText: i.dueText ?? source.dueText }
      : i
  );
}

function planPart(p: RawPart, where: string): Part {
  const s = readStatus(p.status, `${where} status`);
  return {
    label: p.label,
    rag: s.rag,
    lifecycle: s.lifecycle ?? 'open',
    comment: p.comment,
    ...dueFields(parseDue(p.dueText, `${where} dueText`)),
  };
}

export function planTracker(seed: RawSeed, plan: SeedPlan): void {
  plan.boards.push({
    record: { title: seed.tracker.title, programme: 'Inspections', legend: Object.entries(seed.tracker.statusDefinitions).map(([status, meaning]) => ({ status, meaning })), sourceKey: INSPECTIONS_BOARD_KEY },
    refs: {},
  });
  for (const r of seed.tracker.reports) {
    const inspKey = `hmicfrs:${r.id}`;
    const published = parseDue(r.publishedText, `${r.id} published`);
    plan.inspections.push({
      record: {
        title: r.title,
        bodies: r.bodies,
        scope: r.scope,
        reportType: r.reportType,
        publishedText: r.publishedText,
        published: published.date,
        sourceSummary: r.summary,
        narrative: narrativeOf(r.id, r.notes ?? []),
        noSpecificRecommendations: narrativeOf(r.id, r.notes ?? []).some((n) => /does not make specific recommendations/i.test(n)),
        boardId: null,
        sourceKey: inspKey,
      },
      refs: { boardId: INSPECTIONS_BOARD_KEY },
    });
    const carried = withMergedCells(r.id, r.items);
    carried.forEach((item, i) => {
      const raw = r.items[i] ?? item;
      const provenance: Provenance = [
        ...(item.numberInferred ? [{ kind: 'inferred', field: 'number', text: 'from its position in the export (no number is written)' } as const] : []),
        ...mergedProvenance(r.id, raw, item),
      ];
      const record = planItem(r.id, inspKey, item, provenance);
      plan.recommendations.push({ record, refs: { inspectionId: inspKey } });
      plan.highlights.push(...statusHistory(record.sourceKey, item, published.date));
    });
  }
}

function planItem(reportId: string, inspKey: string, item: RawItem, provenance: Provenance): Recommendation {
  const where = `${reportId} #${item.number}`;
  const status = readStatus(item.status, `${where} status`);
  const parts = (item.parts ?? []).map((p, i) => planPart(p, `${where} part ${i + 1}`));
  // The top-level status repeats the first row; the item's headline comes from all its parts.
  const headline = headlineOf(
    { rag: status.rag, lifecycle: status.lifecycle ?? 'open', ...dueFields(parseDue(item.dueText, `${where} dueText`)) },
    parts
  );
  const responsibleOrg = headline.rag === 'WHITE' ? (responsibleOrgFromComment(item.comment)?.replace(/\.$/, '') ?? null) : null;
  return {
    inspectionId: 0 as Recommendation['inspectionId'],
    number: String(item.number),
    itemKind: item.kind,
    title: item.text,
    ownerText: null,
    owner: null,
    ...headline,
    appliesToForce: appliesToForce(reportId, item, status.rag === 'WHITE'),
    comment: item.comment,
    groupHeading: item.groupHeading ?? null,
    subActions: item.subActions,
    parts,
    ragRationale: null,
    responsibleOrg,
    // In the tracker the comment is where a RED item's rationale is written (the legend asks for it there).
    flags: flagsFor({ rag: headline.rag, ragRationale: item.comment, responsibleOrg }),
    provenance,
    sourceKey: `${inspKey}:${item.number}`,
  };
}

/** What a status written "NEW …" says: this changed since the last board; what it was before is not written. */
export type StatusAsWritten = Readonly<{
  statusAsWritten: string;
  newSinceLastBoard: true;
  /** the part the status row belongs to, when the item has parts */
  part: string | null;
  /** the state before, as far as the word tells: a NEW RAG was another RAG or none; NEW CLOSED was open */
  previous: Readonly<{ rag: 'other' | null; lifecycle: 'open' | null }>;
}>;

/**
 * "NEW GREEN", "NEW WHITE", "NEW CLOSED" are history, not statuses (DESIGN §1): each becomes an
 * import update in the item's history saying what the tracker wrote and what it implies about
 * the previous board. Board packs read these as the baseline for "changed since last board".
 */
function statusHistory(itemKey: string, item: RawItem, published: string | null): Planned<Update>[] {
  const rows = item.parts?.length ? item.parts.map((p, i) => ({ status: p.status, part: p.label ?? `part ${i + 1}` })) : [{ status: item.status, part: null }];
  return rows.flatMap(({ status, part }, i) => {
    const reading = readStatus(status);
    if (!reading.markedNew) {
      return [];
    }
    const body: StatusAsWritten = {
      statusAsWritten: status,
      newSinceLastBoard: true,
      part,
      previous: { rag: reading.rag ? 'other' : null, lifecycle: reading.lifecycle ? 'open' : null },
    };
    return [
      {
        record: {
          list: 'recommendations',
          itemId: 0 as ItemId,
          kind: 'import',
          // The tracker is undated; the report's publication is the earliest it can describe.
          at: `${published && published.length >= 7 ? published.slice(0, 7) : '2017-01'}-01T12:00:00.000Z`,
          author: 'HMICFRS tracker',
          authorName: 'HMICFRS tracker (as written)',
          previousRag: null,
          newRag: reading.rag,
          text: `Status as written in the tracker${part ? ` (${part})` : ''}: ${status} — new since the last board; the previous status is not written`,
          body: JSON.stringify(body),
          reportDateText: null,
          reportDate: null,
          benefitRag: null,
          sourceKey: `${itemKey}:status${rows.length > 1 ? `:${i + 1}` : ''}`,
        },
        refs: { itemId: itemKey },
      },
    ];
  });
}
