/**
 * One import, start to finish, for the CLI and the tab alike: read the file, recognise its
 * headers, resolve owners through the directory, plan, and (unless strict and something
 * was rejected, or only a preview is wanted) apply. Long files are parsed a slice at a time,
 * yielding between slices, so a server that runs the import keeps answering other requests.
 */
import type { ImportProgress } from '../core/import-report';
import type { PersonRef } from '../core/model';
import type { PeopleLookup } from '../ports/people-lookup';
import type { TrackerStore } from '../ports/tracker-store';
import { applyImport, type ImportResult } from './apply-import';
import { refuseLongCells } from './cell-limits';
import { recogniseHeaders } from './headers';
import { parseRows, type ParsedRow, type Rejection } from './parse-rows';
import { planImport, type ImportPlan } from './plan-import';
import { readTable } from './read-table';
import { resolveOwners, severalOwnersWarnings } from './resolve-owners';
import { refuseUnknownStatusVocabulary } from './status-vocabulary';
import { trackerExportShape } from './tracker-export-shape';
import { yieldToEventLoop } from './yield';

export type ImportOptions = Readonly<{
  strict?: boolean;
  /** plan only; write nothing */
  preview?: boolean;
  author: PersonRef;
  at: string;
  /** told as rows are checked and before they are written (the tab's progress bar) */
  onProgress?: (progress: ImportProgress) => void;
}>;

export type ImportOutcome = Readonly<{
  plan: ImportPlan;
  result: ImportResult | null;
  /** what was read but not as written: several owners in one cell */
  warnings: readonly string[];
}>;

/** Rows parsed per slice between yields. */
const SLICE = 1000;

export async function importFile(
  store: TrackerStore,
  people: PeopleLookup,
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions
): Promise<ImportOutcome> {
  const recognise = (names: readonly string[]) => {
    const shape = trackerExportShape(names);
    return recogniseHeaders(shape.names, shape.defaultKind);
  };
  const read = await readTable(fileName, bytes, (h) => void recognise(h));
  const headers = recognise(read.headers);
  const { table, rejected: tooLong } = refuseLongCells(read, headers);
  refuseUnknownStatusVocabulary(table, headers);
  const texts = new Set<string>();
  const emails = new Set<string>();
  for (const { cells } of table.rows) {
    const owner = cells[headers.columns.owner ?? -1]?.trim();
    const email = cells[headers.columns.ownerEmail ?? -1]?.trim();
    if (owner) {
      texts.add(owner);
    }
    if (email) {
      emails.add(email);
    }
  }
  const owners = await resolveOwners(people, texts, emails);
  const rows: ParsedRow[] = [];
  const rejected: Rejection[] = [...tooLong];
  const total = table.rows.length;
  for (let i = 0; i < total; i += SLICE) {
    // reading the rows is the first half of checking them; planning them is the second
    options.onProgress?.({ stage: 'checking', done: Math.floor(i / 2), total });
    const parsed = parseRows({ headers: table.headers, rows: table.rows.slice(i, i + SLICE) }, headers, owners);
    rows.push(...parsed.rows);
    rejected.push(...parsed.rejected);
    await yieldToEventLoop();
  }
  const warnings = severalOwnersWarnings(rows, table.headers[headers.columns.owner ?? -1] ?? 'Owner');
  const plan = await planImport(store, headers.kind, rows, rejected, new Set(Object.keys(headers.columns)), headers.ignored, (done) =>
    options.onProgress?.({ stage: 'checking', done: Math.floor(total / 2 + (done * total) / Math.max(1, rows.length) / 2), total })
  );
  if (options.preview || (options.strict && plan.rejected.length > 0)) {
    return { plan, result: null, warnings };
  }
  options.onProgress?.({ stage: 'writing', done: 0, total });
  return { plan, result: await applyImport(store, plan, options.author, options.at, fileName), warnings };
}
