/**
 * Done-means for board packs in the tab (local mode): a secretary builds a pack and freezes
 * it; an owner changes a RAG; the secretary sees the change in "changed since last board" and
 * in the next pack. The seeded HMICFRS tracker shows its 17 NEW marks. Keyboard only; axe on
 * the screen in three themes.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longDate } from '../../src/core/board-pack';
import type { IsoDate } from '../../src/core/dates';
import { TableSnapshotStore } from '../../src/adapters/snapshots/table-snapshot-store';
import { queryAll } from '../../src/ports/tracker-store';
import { seedSnapshots } from '../../src/seed/highlight-snapshots';
import { readSeed } from '../../src/seed/read-seed';
import { axeViolations, focusedElement, startHarness, tabTo, type Harness } from './harness';

const OUT = 'test-results/board-pack';

/**
 * The pack libraries' chunks in this build: pptxgenjs, exceljs, and docx (which the Word
 * writer imports as a chunk of its own), with the three writers. The tab's first screens must
 * not load them; a pack built loads its own.
 */
function packChunks(): Record<'pptx' | 'docx' | 'xlsx', string[]> {
  const assets = readdirSync('dist/assets').filter((f) => f.endsWith('.js'));
  const writer = (format: string) => assets.filter((f) => f.startsWith(`write-${format}-`));
  const imports = (file: string) => [...readFileSync(`dist/assets/${file}`, 'utf8').matchAll(/import\(`\.\/([\w.-]+\.js)`\)/g)].map((m) => m[1] as string);
  const chunks = {
    pptx: [...writer('pptx'), ...assets.filter((f) => f.startsWith('pptxgen.es-'))],
    docx: [...writer('docx'), ...writer('docx').flatMap(imports)],
    xlsx: [...writer('xlsx'), ...assets.filter((f) => f.startsWith('exceljs.min-'))],
  };
  for (const [format, files] of Object.entries(chunks)) {
    expect(files.length, `${format} chunks in dist/assets`).toBeGreaterThanOrEqual(2);
  }
  return chunks;
}

/** Every script the page has asked for, from its first request on (performance entries), and every one after (requests). */
function scriptsOf(page: Page): () => Promise<string[]> {
  const later: string[] = [];
  page.on('request', (r) => later.push(r.url()));
  return async () => [...(await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))), ...later].filter((u) => u.endsWith('.js')).map((u) => u.slice(u.lastIndexOf('/') + 1));
}

const loaded = (scripts: readonly string[], chunks: readonly string[]) => chunks.filter((c) => scripts.includes(c));
const SECRETARY = 'morgan.ellis@colp.example';
const ODB = 'Operational Delivery Board';

let h: Harness;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  h = await startHarness();
  await seedSnapshots(h.store, new TableSnapshotStore(h.store), readSeed(), new Date());
}, 120_000);
afterAll(async () => {
  await h?.close();
});

async function openPacks(user: string, theme: 'light' | 'dark' | 'contrast' = 'light', width = 1366): Promise<Page> {
  const page = await h.open(user, { theme, path: '#/packs', width, bypassCSP: true });
  await page.getByRole('heading', { name: /^Changed since last board/ }).waitFor({ timeout: 30_000 });
  return page;
}

const changesHeading = (page: Page) => page.getByRole('heading', { name: /^Changed since last board/ }).innerText();

async function chooseBoard(page: Page, board: string): Promise<void> {
  await page.getByLabel('Board', { exact: true }).selectOption(board);
  await expect.poll(() => page.locator('#pack-title ~ p').first().innerText(), { timeout: 30_000 }).toContain('Board pack');
}

describe('Board pack screen (local mode)', () => {
  it('shows the seeded HMICFRS tracker’s 17 NEW marks as changes since the last board', async () => {
    const page = await openPacks(SECRETARY);
    await page.getByLabel('Board', { exact: true }).selectOption('HMICFRS Report Recommendations');
    await expect.poll(() => changesHeading(page), { timeout: 30_000 }).toBe('Changed since last board (17)');
    const rows = await page.getByTestId('pack-change').allInnerTexts();
    expect(rows.filter((r) => r.includes('NEW GREEN'))).toHaveLength(15);
    expect(rows.filter((r) => r.includes('NEW WHITE'))).toHaveLength(1);
    expect(rows.filter((r) => r.includes('NEW CLOSED'))).toHaveLength(1);
    await page.screenshot({ path: `${OUT}/hmicfrs-changes.png`, fullPage: false });
    await page.context().close();
  }, 120_000);

  it('a secretary builds a pack and freezes it by keyboard; an owner’s new RAG shows as a change and in the next pack', async () => {
    const chunks = packChunks();
    const page = await openPacks(SECRETARY);
    const scripts = scriptsOf(page);
    await chooseBoard(page, ODB);
    await expect.poll(() => changesHeading(page), { timeout: 30_000 }).toBe('Changed since last board (0)');
    // the screen is open and its pack shown: no pack library has been asked for
    expect(loaded(await scripts(), [...chunks.pptx, ...chunks.docx, ...chunks.xlsx])).toEqual([]);

    // build the PowerPoint pack by keyboard
    await page.getByLabel('Board', { exact: true }).focus();
    await tabTo(page, (el) => el.text === 'Download PowerPoint');
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.keyboard.press('Enter');
    const file = await (await download).path();
    expect((await download).suggestedFilename()).toMatch(/^operational-delivery-board-\d{4}-\d{2}-\d{2}\.pptx$/);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    await expect.poll(() => page.getByRole('status').innerText(), { timeout: 60_000 }).toContain('PowerPoint pack ready');
    // building it asked for PowerPoint's library only
    expect(loaded(await scripts(), chunks.pptx)).toEqual(chunks.pptx);
    expect(loaded(await scripts(), [...chunks.docx, ...chunks.xlsx])).toEqual([]);

    // freeze by keyboard
    await tabTo(page, (el) => el.text === 'Freeze snapshot');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').innerText(), { timeout: 30_000 }).toContain('Frozen: Operational Delivery Board');
    expect((await focusedElement(page)).text).toBe('Freeze snapshot');

    // an owner changes a deliverable's RAG in the tab
    const odb = (await queryAll(h.store, 'boards', { where: [{ field: 'id', op: 'gt', value: 0 }] })).find((b) => b.title === ODB);
    const streams = await queryAll(h.store, 'workstreams', { where: [{ field: 'boardId', op: 'eq', value: odb?.id }] });
    const deliverables = await queryAll(h.store, 'actions', { where: [{ field: 'workstreamId', op: 'in', value: streams.map((s) => s.id) }] });
    const target = deliverables.find((d) => d.owner !== null && d.lifecycle === 'open' && d.rag !== 'RED');
    expect(target).toBeDefined();
    const owner = await h.open(target?.owner?.id ?? '', { path: `#/items/actions/${target?.id}` });
    const editor = owner.getByTestId('item-editor');
    await editor.getByRole('radio', { name: 'Red' }).waitFor({ timeout: 30_000 });
    // by keyboard: Tab into the RAG choices, arrows to Red (an arrow checks the radio it moves to), Tab on to the rationale, then Save
    await tabTo(owner, (el) => el.type === 'radio', { limit: 80 });
    for (let i = 0; i < 6 && (await focusedElement(owner)).label !== 'Red'; i += 1) {
      await owner.keyboard.press('ArrowDown');
    }
    expect((await focusedElement(owner)).label).toBe('Red');
    await expect.poll(() => editor.getByRole('radio', { name: 'Red' }).isChecked(), { timeout: 10_000 }).toBe(true);
    await tabTo(owner, (el) => /Why is it red/.test(el.label), { limit: 20 });
    await owner.keyboard.type('The venue was withdrawn');
    await tabTo(owner, (el) => el.text === 'Save update', { limit: 30 });
    await owner.keyboard.press('Enter');
    await editor.getByText('Saved. Your update is in the history below.').waitFor({ timeout: 30_000 });
    await owner.context().close();

    await page.reload();
    await page.getByRole('heading', { name: /^Changed since last board/ }).waitFor({ timeout: 30_000 });
    await chooseBoard(page, ODB);
    await expect.poll(() => changesHeading(page), { timeout: 30_000 }).toBe('Changed since last board (1)');
    expect(await page.getByTestId('pack-change').first().innerText()).toContain('NEW RED');
    // … and the owner's update, submitted since the freeze, listed beside the changes
    expect(await page.getByRole('heading', { name: /^Updates submitted since last board/ }).innerText()).toBe('Updates submitted since last board (1)');
    const submitted = await page.getByTestId('pack-update').allInnerTexts();
    expect(submitted).toHaveLength(1);
    expect(submitted[0]).toContain(target?.title ?? '');
    expect(submitted[0]).toMatch(/Progress update by \S+/);
    await page.screenshot({ path: `${OUT}/odb-after-change.png`, fullPage: false });

    // … and in the next pack
    const again = scriptsOf(page);
    expect(loaded(await again(), chunks.docx)).toEqual([]);
    await page.getByLabel('Board', { exact: true }).focus();
    await tabTo(page, (el) => el.text === 'Download Word');
    const next = page.waitForEvent('download', { timeout: 60_000 });
    await page.keyboard.press('Enter');
    await expect.poll(async () => loaded(await again(), chunks.docx), { timeout: 60_000 }).toEqual(chunks.docx);
    const doc = strFromU8(unzipSync(readFileSync(await (await next).path()))['word/document.xml'] as Uint8Array);
    expect(doc).toContain('NEW RED');
    expect(doc).toContain('The venue was withdrawn');
    expect(doc).toContain('1 update submitted since then.');
    expect(doc).toMatch(/Progress update by [^<]+, \d{1,2} [A-Z][a-z]+ \d{4}/);
    await page.context().close();

    // … and as a badge, in words, where the owner sees the item on other screens
    const mine = await h.open(target?.owner?.id ?? '', { path: '#/' });
    await expect.poll(() => mine.getByTestId('change-badge').allInnerTexts(), { timeout: 30_000 }).toEqual(['Changed: NEW RED']);
    await mine.goto(`${h.server.url}/#/workstreams/${target?.workstreamId}`);
    await expect.poll(() => mine.getByTestId('change-badge').allInnerTexts(), { timeout: 30_000 }).toEqual(['Changed: NEW RED']);
    await mine.context().close();
  }, 180_000);

  it('takes the meeting date the UK way, day first, and builds the pack for that day', async () => {
    const page = await openPacks(SECRETARY);
    await chooseBoard(page, ODB);
    const day = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10) as IsoDate;
    const [y, m, d] = day.split('-');
    const box = page.getByRole('combobox', { name: /Meeting date/ });
    await box.fill(`${d}/${m}/${y}`);
    await box.press('Tab');
    await expect.poll(() => box.inputValue(), { timeout: 10_000 }).toBe(`${d}/${m}/${y}`);
    await expect.poll(() => page.locator('#pack-title ~ p').first().innerText(), { timeout: 30_000 }).toContain(`Board pack for the meeting of ${longDate(day)}`);
    await page.context().close();
  }, 120_000);

  it('prints on A4 with the dashboard first and each workstream’s highlight report on a page of its own (Chromium’s PDF)', async () => {
    const page = await openPacks(SECRETARY);
    await chooseBoard(page, ODB);
    const names = (await page.getByTestId('pack-highlight').locator('h3').allInnerTexts()).map((t) => t.replace('Highlight report: ', ''));
    expect(names).toHaveLength(6);
    const pdf = `${OUT}/odb-print.pdf`;
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true, printBackground: true });
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
    // the first page is the dashboard, not the app's header or buttons
    expect(pages[0]).toContain('By workstream, inspection and plan');
    expect(pages[0]).not.toContain('Signed in as');
    expect(pages[0]).not.toContain('Download PowerPoint');
    for (const name of names) {
      const starts = pages.filter((p) => p.includes(`Highlight report: ${name}`));
      expect(starts, name).toHaveLength(1);
      // nothing of another workstream's report shares its page
      expect(names.filter((other) => other !== name && (starts[0] ?? '').includes(`Highlight report: ${other}`))).toEqual([]);
    }
    await page.context().close();
  }, 120_000);

  it('shows each inspection (legend, counted figures beside the report’s sentence, items) and each action plan, each printed on a page of its own', async () => {
    const page = await openPacks(SECRETARY);
    await page.getByLabel('Board', { exact: true }).selectOption('HMICFRS Report Recommendations');
    await expect.poll(() => changesHeading(page), { timeout: 30_000 }).toBe('Changed since last board (17)');
    const inspections = page.getByTestId('pack-inspection');
    const n = await inspections.count();
    expect(n).toBeGreaterThan(1);
    const fair = inspections.filter({ hasText: 'Making it fair' });
    const fairText = await fair.innerText();
    expect(fairText).toContain('Counted from the items: 9 recommendations; 5 apply to the force');
    expect(fairText).toContain('The report says: There are 9 recommendations; 5 of which apply to force');
    expect(fairText).toContain('Status legend (as the tracker writes it)');
    expect(await fair.getByTestId('pack-inspection-item').count()).toBe(9);
    const pdf = `${OUT}/hmicfrs-print.pdf`;
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true, printBackground: true });
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
    // each inspection starts a page, its legend and figures with it; no two share one
    const starts = pages.filter((p) => p.includes('Counted from the items:'));
    expect(starts).toHaveLength(n);
    for (const p of starts) {
      expect(p.split('Counted from the items:')).toHaveLength(2);
      expect(p).toContain('The report says:');
      expect(p).toMatch(/Status legend/);
    }
    await page.emulateMedia({ media: 'screen' });

    const planBoard = (await queryAll(h.store, 'boards', { where: [{ field: 'id', op: 'gt', value: 0 }] })).find((b) => b.sourceKey === 'board:qos-edhr-2012')?.title ?? '';
    await page.getByLabel('Board', { exact: true }).selectOption(planBoard);
    const plan = page.getByTestId('pack-plan');
    await plan.first().waitFor({ timeout: 30_000 });
    const planText = await plan.first().innerText();
    expect(planText).toMatch(/^Action plans: \S/);
    expect(planText).toMatch(/\d+ actions, by RAG and by protected characteristic/);
    for (const heading of ['RED', 'AMBER', 'GREEN', 'WHITE', 'NOT SET', 'Closed']) {
      expect(await plan.first().getByRole('columnheader', { name: heading, exact: true }).count()).toBe(1);
    }
    expect(await plan.first().getByTestId('pack-plan-characteristic').filter({ hasText: 'Gender reassignment' }).count()).toBe(1);
    const planPdf = `${OUT}/plan-print.pdf`;
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: planPdf, format: 'A4', preferCSSPageSize: true, printBackground: true });
    const planPages = execFileSync('pdftotext', ['-layout', planPdf, '-'], { encoding: 'utf8' }).split('\f');
    const planPage = planPages.filter((p) => p.includes('Action plans: '));
    expect(planPage).toHaveLength(1);
    expect(planPage[0]).toContain('By protected characteristic');
    expect(planPage[0]).not.toContain('Counted from the items:');
    await page.context().close();
  }, 150_000);

  it('on a phone, the pack reads in one column with its chart described by its table', async () => {
    const page = await openPacks(SECRETARY, 'light', 390);
    await page.getByLabel('Board', { exact: true }).selectOption('HMICFRS Report Recommendations');
    await expect.poll(() => changesHeading(page), { timeout: 30_000 }).toBe('Changed since last board (17)');
    expect(await page.getByRole('img', { name: /^Items by RAG: \d+ RED, \d+ AMBER, \d+ GREEN, \d+ WHITE, \d+ NOT SET$/ }).count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Overdue by owner', exact: true }).count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Counts by workstream, inspection and plan' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${OUT}/pack-phone.png`, fullPage: true });
    await page.context().close();
  }, 90_000);

  for (const theme of ['light', 'dark', 'contrast'] as const) {
    it(`has no serious accessibility problems (${theme})`, async () => {
      const page = await openPacks(SECRETARY, theme);
      await page.getByLabel('Board', { exact: true }).selectOption('HMICFRS Report Recommendations');
      await expect.poll(() => changesHeading(page), { timeout: 30_000 }).toMatch(/\(\d+\)/);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `${OUT}/pack-${theme}.png` });
      await page.context().close();
    }, 90_000);
  }
});
