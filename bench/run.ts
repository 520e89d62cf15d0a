/**
 * `npm run bench`: prints the figures our speed and size goals are judged by.
 * Run after `npm run build`. Numbers vary by machine; tests never assert them.
 */
import { existsSync } from 'node:fs';
import { LocalDirectory } from '../src/adapters/local/local-directory';
import { SqliteStore } from '../src/adapters/sqlite/sqlite-store';
import { loadSeed } from '../src/seed/load-seed';
import { LOCAL_PEOPLE } from '../src/seed/people';
import { readSeed } from '../src/seed/read-seed';
import { planSeed } from '../src/seed/seed-plan';
import { startLocalServer } from '../src/server/create-server';
import { boardPackBench } from './board-pack';
import { firstScreenJs } from './first-screen';
import { firstScreenM365 } from './first-screen-m365';
import { importBench } from './import-rows';
import { importBounds } from './import-bounds';
import { importStall } from './import-stall';
import { importRequests } from './import-requests';
import { listScaleBench } from './list-scale';
import { sharePointCosts } from './sharepoint-requests';
import { seedRequests } from './seed-requests';
import { reminderBench } from './reminders';

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;

async function main(): Promise<void> {
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  console.log('Action Tracker benchmarks');
  if (existsSync('dist/index.html') && existsSync(chromiumPath)) {
    const store = new SqliteStore();
    await loadSeed(store, planSeed(readSeed(), LOCAL_PEOPLE));
    const server = await startLocalServer({ store, directory: new LocalDirectory(LOCAL_PEOPLE), now: () => new Date(), staticDir: 'dist', port: 0 });
    try {
      const js = await firstScreenJs(server, chromiumPath);
      console.log(`first-screen JS: ${kb(js.gzipBytes)} gzip (${kb(js.rawBytes)} raw) in ${js.files.length} files`);
    } finally {
      await server.close();
      store.close();
    }
    const m365 = await firstScreenM365();
    console.log(
      `first-screen JS, Microsoft 365 mode: ${kb(m365.oursGzip + m365.msalGzip)} gzip (${kb(m365.oursGzip)} in ${m365.files} files against the SharePoint and Graph fakes + ${kb(m365.msalGzip)} MSAL) — the libraries alone (React, Fluent, teams-js, PnPjs, MSAL): ${kb(m365.referenceGzip)}, ratio ${((m365.oursGzip + m365.msalGzip) / m365.referenceGzip).toFixed(2)}`
    );
    const scale = await listScaleBench(chromiumPath);
    console.log(`All items with the seeds + ${scale.actions.toLocaleString('en-GB')} actions (headless Chromium, median of 3; each time taken in the page, from navigation to the moment it is in the document):`);
    console.log(`  My items (an owner's): first rows ${scale.myItemsFirstRowsMs} ms from navigation`);
    console.log(`  first rows on screen: ${scale.firstRowsMs} ms from navigation (first page's answer ${kb(scale.payloadBytes)} gzip); ${scale.renderMs} ms of it from the answer to the rows; every page in: ${scale.allRowsMs} ms`);
    console.log(`  filter by RAG: ${scale.ragFilterMs.toFixed(0)} ms; search a word: ${scale.searchMs.toFixed(0)} ms (in memory)`);
    console.log(`  narrow to overdue: ${scale.dueFilterMs.toFixed(0)} ms (in memory: the loaded items already hold them)`);
    console.log(`  widen to closed items too: ${scale.widenMs.toFixed(0)} ms (reads the store again)`);
  } else {
    console.log('first-screen JS and list timings: skipped (run `npm run build` and install Chromium)');
  }
  const packs = await boardPackBench();
  console.log(`board pack for ${packs.workstreams} workstreams and ${packs.items} inspection items: gathered in ${packs.modelMs.toFixed(0)} ms; ${packs.formats.map((f) => `${f.format} ${f.ms.toFixed(0)} ms (${kb(f.bytes)})`).join(', ')}`);
  const rows = 10_000;
  const r = await importBench(rows);
  console.log(`import ${rows} rows (CSV → SQLite): ${(r.firstMs / 1000).toFixed(2)} s, ${Math.round(rows / (r.firstMs / 1000))} rows/s, ${r.created} created`);
  console.log(`re-import the same ${rows} rows: ${(r.againMs / 1000).toFixed(2)} s, ${r.unchanged} unchanged`);
  const mb = (n: number): string => `${n.toFixed(0)} MB`;
  const bounds = await importBounds();
  console.log('bounded imports (each in its own process; peak resident memory, time to the answer):');
  console.log(`  nothing to import (the process alone): ${mb(bounds.empty.peakMb)}, ${(bounds.empty.ms / 1000).toFixed(1)} s`);
  console.log(`  a ${(bounds.bomb.fileBytes / 1024 ** 2).toFixed(1)} MB zip bomb (2.6 GB inflated): ${mb(bounds.bomb.peakMb)}, ${(bounds.bomb.ms / 1000).toFixed(1)} s — "${bounds.bomb.said}"`);
  console.log(`  a ${(bounds.rows600k.fileBytes / 1024 ** 2).toFixed(1)} MB workbook of 600,000 rows: ${mb(bounds.rows600k.peakMb)}, ${(bounds.rows600k.ms / 1000).toFixed(1)} s — "${bounds.rows600k.said}"`);
  const stall = await importStall(20_000);
  console.log(
    `local server importing ${stall.rows.toLocaleString('en-GB')} rows (in its import worker): longest event-loop stall ${stall.stallMs.toFixed(0)} ms, slowest of ${stall.answers} other requests answered meanwhile ${stall.slowestAnswerMs.toFixed(0)} ms (the import took ${(stall.importMs / 1000).toFixed(1)} s; with no import, as long, the longest stall is ${stall.idleStallMs.toFixed(0)} ms: the machine's load)`
  );
  const imported = await importRequests(1_000);
  console.log(`import ${imported.rows.toLocaleString('en-GB')} rows onto SharePoint (HTTP-level fake): ${imported.batched} requests batched, ${imported.oneByOne} one item at a time (${(imported.oneByOne / imported.batched).toFixed(0)}× more)`);
  const seeded = await seedRequests();
  console.log(`seed ${seeded.records} records onto SharePoint (HTTP-level fake): ${seeded.bulk} requests in bulk, ${seeded.oneByOne} one record at a time (${(seeded.oneByOne / seeded.bulk).toFixed(0)}× more)`);
  const rem = await reminderBench();
  console.log(`reminder plan for 50,000 items and 2,000 owners: ${rem.planMs.toFixed(0)} ms (median of 3; goal < 500 ms), peak memory ${rem.peakRssMb.toFixed(0)} MB for the process (goal < 200 MB); ${rem.digests} digests, ${rem.nudges} nudges`);
  console.log(`reminder run on SharePoint (HTTP-level fake, 50,000 actions): ${rem.run.requests.toLocaleString('en-GB')} requests (${rem.run.read.toLocaleString('en-GB')} reads; ${rem.run.inBatch.toLocaleString('en-GB')} operations inside $batch) for ${rem.run.sent} digests, ${(rem.run.ms / 1000).toFixed(0)} s; run again the same day: ${rem.run.again.requests.toLocaleString('en-GB')} requests, ${rem.run.again.sent} sent`);
  console.log('SharePoint adapter, per screen (HTTP-level fake): ours vs PnPjs defaults (no select, no batch)');
  for (const c of await sharePointCosts()) {
    const ratio = (a: number, b: number): string => (a === 0 ? 'n/a' : `${(b / a).toFixed(1)}×`);
    console.log(
      `  ${c.screen}: ours ${c.ours.requests} request${c.ours.requests === 1 ? '' : 's'}, ${kb(c.ours.bytes)}; naive ${c.naive.requests} requests, ${kb(c.naive.bytes)} (requests ${ratio(c.ours.requests, c.naive.requests)}, bytes ${ratio(c.ours.bytes, c.naive.bytes)} of ours)`
    );
  }
}

await main();
