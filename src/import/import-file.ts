/**
 * One import, start to finish, for the CLI and the tab alike: read the file, recognise its
 * headers, resolve owners through the directory, plan, and (unless strict and something
 * was rejected, or only a preview is wanted) apply.
 */
import type { PersonRef } from '../core/model';
import type { Directory } from '../ports/directory';
import type { TrackerStore } from '../ports/tracker-store';
import { applyImport, type ImportResult } from './apply-import';
import { refuseLongCells } from './cell-limits';
import { recogniseHeaders } from './headers';
import { parseRows, type OwnerLookup } from './parse-rows';
import { planImport, type ImportPlan } from './plan-import';
import { readTable } from './read-table';

export type ImportOptions = Readonly<{
  strict?: boolean;
  /** plan only; write nothing */
  preview?: boolean;
  author: PersonRef;
  at: string;
}>;

export type ImportOutcome = Readonly<{ plan: ImportPlan; result: ImportResult | null }>;

async function resolveOwners(directory: Directory, texts: Set<string>, emails: Set<string>): Promise<OwnerLookup> {
  const byEmail = new Map<string, PersonRef | null>();
  const byText = new Map<string, PersonRef | null>();
  for (const email of emails) {
    const p = await directory.get(email);
    byEmail.set(email.toLowerCase(), p ? { id: p.id, displayName: p.displayName } : null);
  }
  for (const text of texts) {
    const t = text.toLowerCase();
    const hits = (await directory.search(text, 5)).filter(
      (p) => p.displayName.toLowerCase() === t || p.mail.toLowerCase() === t || p.aliases.some((a) => a.toLowerCase() === t)
    );
    byText.set(t, hits.length === 1 && hits[0] ? { id: hits[0].id, displayName: hits[0].displayName } : null);
  }
  return { byEmail, byText };
}

export async function importFile(
  store: TrackerStore,
  directory: Directory,
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions
): Promise<ImportOutcome> {
  const read = await readTable(fileName, bytes, (h) => void recogniseHeaders(h));
  const headers = recogniseHeaders(read.headers);
  const { table, rejected: tooLong } = refuseLongCells(read, headers);
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
  const parsed = parseRows(table, headers, await resolveOwners(directory, texts, emails));
  const plan = await planImport(
    store,
    headers.kind,
    parsed.rows,
    [...tooLong, ...parsed.rejected],
    new Set(Object.keys(headers.columns)),
    headers.ignored
  );
  if (options.preview || (options.strict && plan.rejected.length > 0)) {
    return { plan, result: null };
  }
  return { plan, result: await applyImport(store, plan, options.author, options.at, fileName) };
}
