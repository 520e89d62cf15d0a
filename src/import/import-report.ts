/**
 * Runs an import for a person (preview or apply) and reports it in the shape the tab shows.
 * Who may import is checked here, in the use case both modes run (the local server and the
 * Microsoft 365 client), not only by the tab hiding a button: only a board secretary.
 */
import { ForbiddenError } from '../core/errors';
import type { ImportProgress, ImportReport } from '../core/import-report';
import type { Person } from '../ports/directory';
import type { PeopleLookup } from '../ports/people-lookup';
import type { TrackerStore } from '../ports/tracker-store';
import { importFile } from './import-file';

export function assertMayImport(actor: Person): void {
  if (actor.role !== 'secretary') {
    throw new ForbiddenError(`${actor.displayName} may not import: only a board secretary can`);
  }
}

export async function runImport(
  store: TrackerStore,
  people: PeopleLookup,
  fileName: string,
  bytes: Uint8Array,
  options: Readonly<{ preview: boolean; strict: boolean; author: Person; at: string; onProgress?: (p: ImportProgress) => void }>
): Promise<ImportReport> {
  assertMayImport(options.author);
  const { plan, result, warnings } = await importFile(store, people, fileName, bytes, options);
  const count = (op: string): number => plan.changes.filter((c) => c.op === op).length;
  return {
    fileName,
    kind: plan.kind,
    create: count('create'),
    update: count('update'),
    unchanged: count('unchanged'),
    rejected: result?.rejected ?? plan.rejected,
    ignoredColumns: plan.ignoredColumns,
    warnings,
    applied: result ? { created: result.created, updated: result.updated, unchanged: result.unchanged } : null,
  };
}
