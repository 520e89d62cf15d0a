/**
 * The packs open in a real office suite: LibreOffice (headless) converts the PowerPoint, Word
 * and Excel packs to PDF, and pdftotext reads back what a board would see. .ci/run installs both
 * (bin/ensure-office.sh).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { writePack } from '../../src/export/pack/write-pack';
import { seededPacks } from '../export/pack/seeded-packs';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'tracker-office-'));

/** LibreOffice converts the file; it says "source file could not be loaded" (and writes nothing) when it cannot open it. */
async function convert(file: string, to: string, outdir: string): Promise<void> {
  // A profile of its own, so a LibreOffice already running elsewhere does not swallow the job.
  const { stdout, stderr } = await run('soffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', to, '--outdir', outdir, file], { timeout: 240_000 });
  expect(`${stdout}${stderr}`).not.toContain('could not be loaded');
}

async function toPdfText(file: string): Promise<string> {
  await convert(file, 'pdf', dir);
  const pdf = file.replace(/\.(pptx|docx|xlsx)$/, '.pdf');
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-'], { timeout: 60_000, maxBuffer: 32 * 1024 * 1024 });
  return stdout.replace(/[ \t]+/g, ' ');
}

let packs: Awaited<ReturnType<typeof seededPacks>>;
beforeAll(async () => {
  packs = await seededPacks();
}, 120_000);

describe('board packs through LibreOffice', () => {
  it('the PowerPoint pack converts to a PDF that reads as the board pack', async () => {
    const file = join(dir, 'hmicfrs.pptx');
    writeFileSync(file, await writePack(packs.hmicfrs, 'pptx'));
    const text = await toPdfText(file);
    expect(text).toContain('HMICFRS Report Recommendations');
    expect(text).toContain('Board pack for the meeting of 1 September 2017');
    expect(text).toContain('RAG summary');
    expect(text).toContain('Exceptions: RED and overdue');
    expect(text).toContain('rationale missing');
    expect(text.match(/NEW GREEN/g)?.length).toBe(15);
    expect(text).toContain('NEW CLOSED');
    expect(text).toContain('9 recommendations; 5 apply to the force');
  }, 300_000);

  it('the Word pack converts to a PDF with every workstream’s highlight report', async () => {
    const file = join(dir, 'odb.docx');
    writeFileSync(file, await writePack(packs.odb, 'docx'));
    const text = await toPdfText(file);
    expect(text).toContain('Operational Delivery Board');
    for (const h of packs.odb.highlights) {
      expect(text).toContain(`Highlight report: ${h.workstream}`);
    }
    expect(text).toContain('Priority deliverables');
    expect(text).toContain('Progress since last update');
    expect(text).toContain('rationale missing');
    // the whole objective from the 2021 report, not the 2023 export's cut cell; the cut one said
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Leaders to ensure they create an inclusive culture within the organisation');
    expect(flat).toContain('Objective cut in the export (“Leaders to ensure they create an inclusive culti…”)');
    expect(flat).toContain('As the reports wrote it');
    expect(flat).not.toContain('KPI: ');
  }, 300_000);

  it('the Excel pack opens, prints its sheets, and keeps its RAG chart when LibreOffice saves it again', async () => {
    const file = join(dir, 'hmicfrs.xlsx');
    writeFileSync(file, await writePack(packs.hmicfrs, 'xlsx'));
    const text = (await toPdfText(file)).replace(/\s+/g, ' ');
    expect(text).toContain('The chart counts the "All" row by RAG. It is an Excel chart over these cells');
    expect(text).toContain('Items by RAG');
    expect(text).toContain('Counted from the items: 9 recommendations; 5 apply to the force');
    // Saved again as .xlsx, the chart is LibreOffice's own reading of ours: still a bar chart over the summary's cells.
    const again = join(dir, 'resaved');
    mkdirSync(again, { recursive: true });
    await convert(file, 'xlsx', again);
    const files = unzipSync(readFileSync(join(again, 'hmicfrs.xlsx')));
    const charts = Object.entries(files).filter(([n]) => /^xl\/charts\/chart\d+\.xml$/.test(n)).map(([, b]) => strFromU8(b));
    expect(charts).toHaveLength(1);
    expect(charts[0]).toContain('<c:barChart>');
    expect(charts[0]?.replace(/&apos;/g, "'")).toMatch(/<c:f>'RAG summary'!\$B\$2:\$F\$2<\/c:f>/);
  }, 300_000);
});
