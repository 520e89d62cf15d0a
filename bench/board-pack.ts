/**
 * Board packs at a size a large board reaches: 20 workstreams (5 deliverables each) and 200
 * inspection items over 10 reports. Times gathering the pack from SQLite and writing each
 * format (median of 3), and the file sizes.
 */
import { TableSnapshotStore } from '../src/adapters/snapshots/table-snapshot-store';
import { SqliteStore } from '../src/adapters/sqlite/sqlite-store';
import type { IsoDate } from '../src/core/dates';
import { parseDue } from '../src/core/due-date';
import { asItemId } from '../src/core/model';
import { dueFields, newAction, newWorkstream } from '../src/core/records';
import { RAGS } from '../src/core/rag';
import { PACK_FORMATS, writePack, type PackFormat } from '../src/export/pack/write-pack';
import { buildPackFor, freezeBoard } from '../src/services/board-pack';

export type PackBench = Readonly<{
  workstreams: number;
  items: number;
  modelMs: number;
  formats: ReadonlyArray<Readonly<{ format: PackFormat; ms: number; bytes: number }>>;
}>;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const value = await f();
  return [value, performance.now() - t];
}

export async function boardPackBench(): Promise<PackBench> {
  const store = new SqliteStore();
  const snapshots = new TableSnapshotStore(store);
  const board = await store.add('boards', { title: 'Bench Board', programme: 'Bench', sourceKey: 'bench:board' });
  const text = (n: number) => `Progress note ${n}: the working group met, reviewed the evidence and agreed the next steps with the owners.`;
  const streams = await store.addMany(
    'workstreams',
    Array.from({ length: 20 }, (_, i) =>
      newWorkstream({ kind: 'workstream', title: `Workstream ${i + 1}`, boardId: board.id, ownerText: `Owner ${i + 1}`, projectRag: RAGS[i % 4] ?? null, benefitRag: RAGS[(i + 1) % 4] ?? null, objectives: [text(1), text(2), text(3)], kpis: ['KPI one', 'KPI two'], progress: [text(4), text(5)], nextSteps: [text(6), text(7)], decisionsRequired: 'Approve the plan', sourceKey: `bench:ws:${i}` })
    )
  );
  await store.addMany(
    'actions',
    streams.flatMap((w, i) => Array.from({ length: 5 }, (_, j) => newAction({ kind: 'deliverable', ref: `D${i}-${j}`, title: `Deliverable ${j + 1} of ${w.title}`, workstreamId: w.id, rag: RAGS[(i + j) % 4] ?? null, ...dueFields(parseDue(`${(j % 12) + 1}/3/25`)), sourceKey: `bench:d:${i}:${j}` })))
  );
  const inspections = await store.addMany(
    'inspections',
    Array.from({ length: 10 }, (_, i) => ({ title: `Inspection ${i + 1}`, bodies: ['HMICFRS'], scope: 'force' as const, reportType: null, publishedText: 'July 2024', published: '2024-07-31' as IsoDate, sourceSummary: 'There are 20 recommendations; 15 of which apply to force.', boardId: board.id, sourceKey: `bench:i:${i}` }))
  );
  await store.addMany(
    'recommendations',
    inspections.flatMap((insp, i) =>
      Array.from({ length: 20 }, (_, j) => {
        const rag = RAGS[(i + j) % 4] ?? null;
        return {
          inspectionId: asItemId(insp.id), number: String(j + 1), itemKind: 'recommendation', title: `Recommendation ${j + 1}: ${text(j)}`, ownerText: null, owner: null,
          ...dueFields(parseDue(`${(j % 12) + 1}/6/25`)), rag, lifecycle: 'open' as const, appliesToForce: rag !== 'WHITE', comment: text(j), groupHeading: null, subActions: [], parts: [],
          ragRationale: rag === 'RED' ? 'Supplier delay' : null, responsibleOrg: rag === 'WHITE' ? 'Home Office' : null, flags: [], sourceKey: `bench:r:${i}:${j}`,
        };
      })
    )
  );
  await freezeBoard(store, snapshots, 'Bench Board', { meeting: '2025-01-15' as IsoDate, now: new Date('2025-01-15T09:00:00Z') });
  const options = { meeting: '2025-04-15' as IsoDate, today: '2025-04-15' as IsoDate };
  const models: number[] = [];
  let pack = await buildPackFor(store, snapshots, 'Bench Board', options);
  for (let i = 0; i < 3; i += 1) {
    const [p, ms] = await timed(() => buildPackFor(store, snapshots, 'Bench Board', options));
    pack = p;
    models.push(ms);
  }
  const formats = [];
  for (const format of PACK_FORMATS) {
    const runs: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 3; i += 1) {
      const [out, ms] = await timed(() => writePack(pack, format));
      runs.push(ms);
      bytes = out.byteLength;
    }
    formats.push({ format, ms: median(runs), bytes });
  }
  store.close();
  return { workstreams: pack.highlights.length, items: pack.inspections.reduce((n, i) => n + i.items.length, 0), modelMs: median(models), formats };
}
