/**
 * The packs open in a real office suite: LibreOffice (headless) converts the PowerPoint and
 * Word packs to PDF, and pdftotext reads back what a board would see. .ci/run installs both
 * (bin/ensure-office.sh).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { writePack } from '../../src/export/pack/write-pack';
import { seededPacks } from '../export/pack/seeded-packs';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'tracker-office-'));

async function toPdfText(file: string): Promise<string> {
  // A profile of its own, so a LibreOffice already running elsewhere does not swallow the job.
  await run('soffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { timeout: 240_000 });
  const pdf = file.replace(/\.(pptx|docx)$/, '.pdf');
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
});
