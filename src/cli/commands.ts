/** The `tracker` sub-commands. Each returns an exit code; output goes to the given streams. */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { EXPORT_LISTS, exportRows } from '../export/export-rows';
import { writeTable } from '../export/write-table';
import { formatRejection } from '../import/parse-rows';
import { importFile } from '../import/import-file';
import { loadSeed } from '../seed/load-seed';
import { seedSnapshots } from '../seed/highlight-snapshots';
import { packExportCommand } from './pack-export';
import { TableSnapshotStore } from '../adapters/snapshots/table-snapshot-store';
import { FileEvidenceStore } from '../adapters/local/file-evidence';
import { LOCAL_PEOPLE } from '../seed/people';
import { readSeed } from '../seed/read-seed';
import { planSeed } from '../seed/seed-plan';
import { seedPeopleFromDirectory } from '../seed/seed-people';
import { startLocalServer } from '../server/create-server';
import { summarise } from '../services/summary';
import { describeCounts } from '../core/summary';
import { choice, parse, UsageError } from './args';
import { bannerLines, bindHost } from './serve-binding';
import { packageRoot } from '../config/package-root';
import { CLI_AUTHOR, localDirectory, openSqlite, openTrackerStore } from './open-store';

export type Io = Readonly<{ out: (s: string) => void; err: (s: string) => void }>;

const DB = { db: { type: 'string' } } as const;

export async function seedCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, DB);
  const { store, snapshots, people, mode, close } = openTrackerStore(values.db as string | undefined);
  try {
    // on a tenant the seed's owners are found in the directory or left as written, never invented
    const seed = readSeed();
    const owners = mode === 'local' ? LOCAL_PEOPLE : await seedPeopleFromDirectory(seed, people);
    const counts = await loadSeed(store, planSeed(seed, owners));
    await seedSnapshots(store, snapshots, seed, new Date());
    io.out(
      counts.created === 0
        ? `already seeded: ${counts.existing} records present, nothing added`
        : `seeded ${counts.created} records${counts.existing ? ` (${counts.existing} were already there)` : ''}`
    );
    return 0;
  } finally {
    close();
  }
}

export async function importCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { ...DB, strict: { type: 'boolean' }, preview: { type: 'boolean' } });
  const file = positionals[0];
  if (!file) {
    throw new UsageError('import: name the CSV or XLSX file to import');
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const { store, people, close } = openTrackerStore(values.db as string | undefined);
  try {
    const { plan, result, warnings } = await importFile(store, people, basename(file), bytes, {
      strict: values.strict === true,
      preview: values.preview === true,
      author: CLI_AUTHOR,
      at: new Date().toISOString(),
    });
    const rejected = result?.rejected ?? plan.rejected;
    if (result) {
      io.out(`imported ${result.created + result.updated}, rejected ${rejected.length}`);
      io.out(`  ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged (${plan.kind})`);
    } else {
      const count = (op: string) => plan.changes.filter((c) => c.op === op).length;
      io.out(`imported 0, rejected ${rejected.length}`);
      io.out(`  would create ${count('create')}, update ${count('update')}, leave ${count('unchanged')} unchanged (${plan.kind})`);
    }
    for (const r of rejected) {
      io.out(formatRejection(r));
    }
    if (plan.ignoredColumns.length > 0) {
      io.err(`note: columns not recognised and ignored: ${plan.ignoredColumns.join(', ')}`);
    }
    for (const w of warnings) {
      io.err(`note: ${w}`);
    }
    if (!result && values.strict && rejected.length > 0) {
      io.err('--strict: nothing was written because some rows were rejected');
      return 1;
    }
    return 0;
  } finally {
    close();
  }
}

export async function exportCommand(args: string[], io: Io): Promise<number> {
  if (args.some((a) => a === '--board' || a.startsWith('--board='))) {
    return packExportCommand(args, io);
  }
  const { values } = parse(args, { ...DB, format: { type: 'string' }, list: { type: 'string' }, out: { type: 'string' } });
  const format = choice('format', values.format, ['csv', 'xlsx'] as const);
  const list = choice('list', values.list, EXPORT_LISTS);
  if (typeof values.out !== 'string' || values.out === '') {
    throw new UsageError('--out: name the file to write');
  }
  const { store, close } = openTrackerStore(values.db as string | undefined);
  try {
    const table = await exportRows(store, list);
    writeFileSync(values.out, await writeTable(table, format));
    io.out(`exported ${table.rows.length} ${list} to ${values.out}`);
    return 0;
  } finally {
    close();
  }
}

export async function summaryCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, { ...DB, json: { type: 'boolean' } });
  const { store, close } = openTrackerStore(values.db as string | undefined);
  try {
    const summary = await summarise(store);
    if (values.json) {
      io.out(JSON.stringify(summary, null, 2));
      return 0;
    }
    for (const i of summary.inspections) {
      io.out(`${i.title}: ${describeCounts(i)}${i.mismatches.length ? ` [${i.mismatches.join(' ')}]` : ''}`);
    }
    io.out(`actions: ${summary.actions.total}`);
    return 0;
  } finally {
    close();
  }
}

export async function serveCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, { ...DB, port: { type: 'string' }, host: { type: 'string' }, 'allow-network': { type: 'boolean' } });
  const host = bindHost(values.host as string | undefined, values['allow-network'] === true);
  const port = values.port === undefined ? Number(process.env.PORT ?? 4280) : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port: must be 0-65535 (got ${JSON.stringify(values.port)})`);
  }
  if ((process.env.TRACKER_MODE ?? 'local') !== 'local') {
    throw new UsageError('serve runs local mode only; in Microsoft 365 mode host the built tab (dist/) as static files');
  }
  const store = openSqlite(values.db as string | undefined);
  if (store.count('boards') === 0) {
    const counts = await loadSeed(store, planSeed(readSeed(), LOCAL_PEOPLE));
    await seedSnapshots(store, new TableSnapshotStore(store), readSeed(), new Date());
    io.out(`first run: seeded ${counts.created} records from the seed documents`);
  }
  const staticDir = resolve(packageRoot(), 'dist');
  const running = await startLocalServer({
    store,
    directory: localDirectory(),
    now: () => new Date(),
    staticDir,
    host,
    port,
    // closure evidence files live beside the database
    evidence: new FileEvidenceStore(join(dirname(store.db.name), 'evidence')),
  });
  bannerLines(running.boundHost, running.url).forEach((line) => io.out(line));
  io.out('Press Ctrl+C to stop.');
  const stop = (): void => {
    void running.close().then(() => {
      store.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise<number>(() => undefined);
}
