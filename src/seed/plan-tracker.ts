/**
 * The HMICFRS tracker (seed 004) as inspections and their items, saying what the document
 * says: applicability from each report's own sentences, an item's headline from its open
 * parts, and cells merged across rows carried to every row they cover.
 */
import { parseDue } from '../core/due-date';
import { dueFields } from '../core/records';
import type { Part, Recommendation } from '../core/model';
import { readStatus } from '../core/rag';
import { flagsFor, responsibleOrgFromComment } from '../core/rules';
import { headlineOf } from '../core/parts';
import { appliesToForce } from './applicability';
import type { SeedPlan } from './seed-plan';
import type { RawItem, RawPart, RawSeed } from './seed-types';

export const INSPECTIONS_BOARD_KEY = 'board:hmicfrs-tracker';

/**
 * Cells written once across several rows in the source. Stop and Search #1's comment and due
 * date run into the rows of #2 and #3 (one merged cell under one heading), so they cover all three.
 */
const MERGED_CELLS: Readonly<Record<string, { from: number; to: readonly number[] }>> = {
  'best-use-of-stop-and-search-revisit-2016': { from: 1, to: [2, 3] },
};

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
  plan.boards.push({ record: { title: seed.tracker.title, programme: 'Inspections', sourceKey: INSPECTIONS_BOARD_KEY }, refs: {} });
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
        boardId: null,
        sourceKey: inspKey,
      },
      refs: { boardId: INSPECTIONS_BOARD_KEY },
    });
    for (const item of withMergedCells(r.id, r.items)) {
      plan.recommendations.push({ record: planItem(r.id, inspKey, item), refs: { inspectionId: inspKey } });
    }
  }
}

function planItem(reportId: string, inspKey: string, item: RawItem): Recommendation {
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
    sourceKey: `${inspKey}:${item.number}`,
  };
}
