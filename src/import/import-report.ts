/** Runs an import for a person (preview or apply) and reports it in the shape the tab shows. */
import type { ImportProgress, ImportReport } from '../core/import-report';
import type { PersonRef } from '../core/model';
import type { Directory } from '../ports/directory';
import type { TrackerStore } from '../ports/tracker-store';
import { importFile } from './import-file';

export async function runImport(
  store: TrackerStore,
  directory: Directory,
  fileName: string,
  bytes: Uint8Array,
  options: Readonly<{ preview: boolean; strict: boolean; author: PersonRef; at: string; onProgress?: (p: ImportProgress) => void }>
): Promise<ImportReport> {
  const { plan, result, warnings } = await importFile(store, directory, fileName, bytes, options);
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
