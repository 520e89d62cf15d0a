/**
 * Done-means for two-key closure in local mode (issue 12): an owner proposes closure with a
 * file; the board's secretary finds it in "Closures to review" and returns it with a reason;
 * the owner proposes again with a link; the lead accepts it by keyboard only; the history
 * shows all four steps, and a board member can do none of it. A refused proposal names the
 * field and keeps what was typed. axe on the panel and the review screen in three themes,
 * and the review screen at phone width. Closures to review filters like every list. axe on the
 * accept/return and authorise/supersede forms, a return by keyboard, and a supersession's links
 * from the earlier recommendation to the later and back.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stored } from '../../src/core/model';
import { queryAll } from '../../src/ports/tracker-store';
import { SEED_BOARDS } from '../../src/seed/people';
import { boardTitleOf } from '../../src/services/board-of';
import { closurePanel, historyText, returnWithReason } from './closure-steps';
import { axeViolations, focusedElement, startHarness, tabTo, type Harness } from './harness';

const OUT = 'test-results/closure';
const OWNER = 'd.service@colp.example'; // T/Supt. Service, who owns much of the 2012 plan
const SECRETARY = 'morgan.ellis@colp.example'; // serves every board
const LEAD = 'ruth.adeyemi@colp.example'; // leads the 2012 plan's board
const MEMBER = 'chris.nolan@colp.example';

let h: Harness;
let action: Stored<'actions'>;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  h = await startHarness();
  const owned = await queryAll(h.store, 'actions', { where: [{ field: 'owner', op: 'eq', value: OWNER }] });
  for (const a of owned.filter((x) => x.lifecycle === 'open' && x.kind === 'action')) {
    if ((await boardTitleOf(h.store, 'actions', a.id)) === SEED_BOARDS.qos) {
      action = a;
      break;
    }
  }
  if (!action) {
    throw new Error('the seeds give T/Supt. Service no open action on the 2012 plan');
  }
}, 120_000);
afterAll(async () => {
  await h?.close();
});

const itemPath = () => `#/items/actions/${action.id}`;

async function openItem(user: string, options: { theme?: 'light' | 'dark' | 'contrast'; path?: string } = {}): Promise<Page> {
  const page = await h.open(user, { theme: options.theme ?? 'light', path: options.path ?? itemPath(), bypassCSP: true });
  await page.getByTestId('item-editor').waitFor({ timeout: 30_000 });
  return page;
}

const history = historyText;
const panel = closurePanel;

describe('two-key closure (local mode)', () => {
  it('a proposal without evidence is refused naming the field, focus on it, the note kept', async () => {
    const page = await openItem(OWNER);
    await panel(page).getByLabel('What was done').fill('All strands reported to the board');
    await panel(page).getByRole('button', { name: 'Propose closure' }).click();
    const error = panel(page).getByTestId('closure-error');
    await expect.poll(() => error.innerText(), { timeout: 20_000 }).toMatch(/Evidence link: .*evidence: a link or a file/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('closure-link');
    expect(await panel(page).getByLabel('What was done').inputValue()).toBe('All strands reported to the board');

    await panel(page).getByLabel('Evidence link').fill('not a link');
    await panel(page).getByRole('button', { name: 'Propose closure' }).click();
    await expect.poll(() => error.innerText(), { timeout: 20_000 }).toMatch(/Evidence link: must be a web address .*not a link/);
    await page.context().close();
  }, 120_000);

  it('owner proposes with a file → secretary returns with a reason → owner proposes with a link → lead accepts by keyboard; a member can do none of it', async () => {
    // 1. the owner proposes, with a file
    const owner = await openItem(OWNER);
    await panel(owner).getByLabel('What was done').fill('Policy published and briefed to all staff');
    await owner.locator('#closure-file').setInputFiles({ name: 'Briefing note.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 briefing') });
    await panel(owner).getByRole('button', { name: 'Propose closure' }).click();
    const notice = panel(owner).getByTestId('closure-notice');
    await expect.poll(() => notice.innerText(), { timeout: 20_000 }).toContain('Closure proposed');
    expect(await focusedElement(owner)).toMatchObject({ testid: 'closure-notice' });
    await expect.poll(() => history(owner), { timeout: 20_000 }).toContain('Closure proposed: Policy published and briefed to all staff');
    expect(await panel(owner).innerText()).toContain('Status: closure proposed');
    expect(await panel(owner).getByRole('button', { name: 'Accept closure' }).count()).toBe(0); // never one's own
    await owner.context().close();

    // 2. a board member sees facts, no closure steps, and no review list
    const member = await openItem(MEMBER);
    await member.getByTestId('read-only-item').waitFor();
    expect(await panel(member).count()).toBe(0);
    expect(await member.getByRole('tab', { name: 'Closures to review' }).count()).toBe(0);
    await member.context().close();

    // 3. the secretary finds it in Closures to review, with its evidence, and returns it
    const secretary = await h.open(SECRETARY, { path: '#/closures', bypassCSP: true });
    const card = secretary.getByTestId(`review-actions-${action.id}`);
    await card.waitFor({ timeout: 30_000 });
    expect(await card.innerText()).toContain('Policy published and briefed to all staff');
    const file = card.getByRole('link', { name: 'Briefing note.pdf' });
    expect(await file.getAttribute('href')).toBe(`/api/evidence/actions/${action.id}/Briefing%20note.pdf`);
    const download = await secretary.request.get(`${h.server.url}/api/evidence/actions/${action.id}/Briefing%20note.pdf`);
    expect(download.status()).toBe(200);
    expect((await download.body()).toString()).toBe('%PDF-1.4 briefing');
    await card.getByTestId(`row-actions-${action.id}`).click();
    await secretary.getByTestId('item-editor').waitFor();
    await panel(secretary).getByRole('button', { name: 'Return with reason' }).click();
    await expect.poll(() => panel(secretary).getByTestId('closure-error').innerText(), { timeout: 20_000 }).toMatch(/Reason for returning it: is required/);
    expect(await secretary.evaluate(() => document.activeElement?.id)).toBe('closure-reason');
    await returnWithReason(secretary, 'Attach the signed-off briefing, not the draft');
    await secretary.context().close();

    // 4. the owner proposes again, with a link
    const again = await openItem(OWNER);
    await panel(again).getByLabel('What was done').fill('Signed-off briefing linked');
    await panel(again).getByLabel('Evidence link').fill('https://colp.example/briefing-signed.pdf');
    await panel(again).getByRole('button', { name: 'Propose closure' }).click();
    await expect.poll(() => panel(again).getByTestId('closure-notice').innerText(), { timeout: 20_000 }).toContain('Closure proposed');
    await again.context().close();

    // 5. the lead, keyboard only: from the review list to the item, a note, Accept
    const lead = await h.open(LEAD, { path: '#/closures', bypassCSP: true });
    await lead.getByTestId(`review-actions-${action.id}`).waitFor({ timeout: 30_000 });
    await tabTo(lead, (el) => el.testid === `row-actions-${action.id}`, { limit: 80 });
    await lead.keyboard.press('Enter');
    await lead.getByTestId('closure-panel').waitFor({ timeout: 30_000 });
    await tabTo(lead, (el) => el.label.startsWith('Note with the acceptance'), { limit: 80 });
    await lead.keyboard.type('Agreed at the board');
    await tabTo(lead, (el) => el.text === 'Accept closure');
    await lead.keyboard.press('Enter');
    await expect.poll(() => panel(lead).getByTestId('closure-notice').innerText(), { timeout: 20_000 }).toContain('is now GREEN and closed');
    expect(await focusedElement(lead)).toMatchObject({ testid: 'closure-notice' });
    await expect.poll(() => history(lead), { timeout: 20_000 }).toContain('Closure accepted: Agreed at the board');

    const steps = (await h.store.query('updates', { where: [{ field: 'itemId', op: 'eq', value: action.id }] })).items
      .filter((u) => u.list === 'actions' && u.kind === 'closure')
      .sort((a, b) => a.at.localeCompare(b.at));
    expect(steps.map((u) => [(u.text ?? '').split(':')[0], u.author])).toEqual([
      ['Closure proposed', OWNER],
      ['Closure returned', SECRETARY],
      ['Closure proposed', OWNER],
      ['Closure accepted', LEAD],
    ]);
    expect(await h.store.get('actions', action.id)).toMatchObject({ lifecycle: 'closed', rag: 'GREEN' });
    await lead.context().close();
  }, 240_000);

  it('Closures to review at phone width (390 px): no sideways scrolling, evidence readable, axe clean', async () => {
    // a fresh proposal so the list has a card to show
    const [open] = (await queryAll(h.store, 'actions', { where: [{ field: 'owner', op: 'eq', value: OWNER }] })).filter((a) => a.lifecycle === 'open' && a.kind === 'action' && a.id !== action.id);
    const owner = await openItem(OWNER, { path: `#/items/actions/${open?.id}` });
    await panel(owner).getByLabel('What was done').fill('Done; see the minutes');
    await panel(owner).getByLabel('Evidence link').fill('https://colp.example/a-very-long-path/minutes/2012/board-meeting-minutes-final-signed.pdf');
    await panel(owner).getByRole('button', { name: 'Propose closure' }).click();
    await expect.poll(() => panel(owner).getByTestId('closure-notice').innerText(), { timeout: 20_000 }).toContain('Closure proposed');
    await owner.context().close();

    const page = await h.open(SECRETARY, { path: '#/closures', width: 390, bypassCSP: true });
    await page.getByTestId(`review-actions-${open?.id}`).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: `${OUT}/review-phone.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  }, 120_000);

  for (const theme of ['light', 'dark', 'contrast'] as const) {
    it(`axe: the closure panel and Closures to review in ${theme}`, async () => {
      const [open] = (await queryAll(h.store, 'actions', { where: [{ field: 'owner', op: 'eq', value: OWNER }] })).filter((a) => a.lifecycle === 'open' && a.kind === 'action' && a.id !== action.id);
      const page = await openItem(OWNER, { theme, path: `#/items/actions/${open?.id}` });
      await panel(page).getByRole('button', { name: 'Propose closure' }).waitFor({ timeout: 20_000 });
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();

      const review = await h.open(SECRETARY, { theme, path: '#/closures', bypassCSP: true });
      await expect.poll(() => review.getByTestId('result-count').innerText(), { timeout: 30_000 }).toMatch(/[1-9]\d* closures? to review/);
      await review.screenshot({ path: `${OUT}/review-${theme}.png`, fullPage: true });
      expect(await axeViolations(review)).toEqual([]);
      await review.context().close();
    }, 120_000);
  }

  it('the secretary records a supersession with its date typed the UK way, day first', async () => {
    const [rec] = (await queryAll(h.store, 'recommendations', { where: [{ field: 'lifecycle', op: 'eq', value: 'open' }] })).filter((r) => r.appliesToForce);
    if (!rec) {
      throw new Error('the seeds have no open recommendation that applies to the force');
    }
    const page = await openItem(SECRETARY, { path: `#/items/recommendations/${rec.id}` });
    const date = panel(page).getByRole('combobox', { name: /Date superseded/ });
    await date.waitFor({ timeout: 20_000 });
    await panel(page).getByLabel('Superseded by').selectOption({ index: 1 });
    await date.fill('05/06/2024');
    await date.press('Tab');
    await expect.poll(() => date.inputValue(), { timeout: 10_000 }).toBe('05/06/2024');
    await panel(page).getByRole('button', { name: 'Record superseded' }).click();
    await expect.poll(async () => (await h.store.get('recommendations', rec.id))?.closureFacts?.map((f) => [f.fact, f.on]), { timeout: 20_000 }).toEqual([['superseded', '2024-06-05']]);
    await page.context().close();
  }, 120_000);

  /** two fresh proposals by the owner, for the tests below: each on an open action of theirs not used above */
  async function proposeTwo(): Promise<Stored<'actions'>[]> {
    const open = (await queryAll(h.store, 'actions', { where: [{ field: 'owner', op: 'eq', value: OWNER }] })).filter((a) => a.lifecycle === 'open' && a.kind === 'action' && a.id !== action.id).slice(-2);
    for (const a of open) {
      const owner = await openItem(OWNER, { path: `#/items/actions/${a.id}` });
      await panel(owner).getByLabel('What was done').fill(`Done: ${a.title}`);
      await panel(owner).getByLabel('Evidence link').fill('https://colp.example/evidence.pdf');
      await panel(owner).getByRole('button', { name: 'Propose closure' }).click();
      await expect.poll(() => panel(owner).getByTestId('closure-notice').innerText(), { timeout: 20_000 }).toContain('Closure proposed');
      await owner.context().close();
    }
    return open;
  }

  it('Closures to review filters like every list: a search narrows the count and the cards, Clear filters restores them', async () => {
    const [first, second] = await proposeTwo();
    const page = await h.open(SECRETARY, { path: '#/closures', bypassCSP: true });
    const countText = () => page.getByTestId('result-count').innerText();
    await expect.poll(countText, { timeout: 30_000 }).toMatch(/^\d+ closures to review, the longest waiting first$/);
    const all = Number((await countText()).split(' ')[0]);
    expect(all).toBeGreaterThanOrEqual(2);
    await page.getByRole('searchbox', { name: 'Search' }).fill(first!.title);
    await expect.poll(countText, { timeout: 20_000 }).toBe(`1 closure to review — matching “${first!.title}” (of ${all}), the longest waiting first`);
    await page.getByTestId(`review-actions-${first!.id}`).waitFor({ timeout: 10_000 });
    expect(await page.getByTestId(`review-actions-${second!.id}`).count()).toBe(0);
    await page.getByRole('combobox', { name: 'Owner' }).selectOption('unassigned');
    await expect.poll(countText, { timeout: 20_000 }).toMatch(/^0 closures to review — no owner, matching/);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await expect.poll(countText, { timeout: 20_000 }).toBe(`${all} closures to review, the longest waiting first`);
    await page.context().close();
  }, 180_000);

  it('the accept and return forms and the authorise and supersede forms are axe clean; a return is made by keyboard; a supersession links both ways', async () => {
    // accept / return: the secretary on a fresh proposal, keyboard only for the return
    const [, proposed] = await proposeTwo();
    const sec = await openItem(SECRETARY, { path: `#/items/actions/${proposed!.id}` });
    await panel(sec).getByRole('button', { name: 'Accept closure' }).waitFor({ timeout: 20_000 });
    await panel(sec).getByRole('button', { name: 'Return with reason' }).waitFor({ timeout: 20_000 });
    expect(await axeViolations(sec)).toEqual([]);
    await tabTo(sec, (el) => el.label.startsWith('Reason for returning it'), { limit: 120 });
    await sec.keyboard.type('Evidence is a draft');
    await tabTo(sec, (el) => el.text === 'Return with reason', { limit: 10 });
    await sec.keyboard.press('Enter');
    await expect.poll(() => panel(sec).getByTestId('closure-notice').innerText(), { timeout: 20_000 }).toContain('open again');
    expect(await focusedElement(sec)).toMatchObject({ testid: 'closure-notice' });
    await sec.context().close();

    // authorise / supersede: inspection items of a board the secretary serves
    const recs = (await queryAll(h.store, 'recommendations', { where: [{ field: 'lifecycle', op: 'eq', value: 'open' }] })).filter((r) => r.appliesToForce);
    const [closed, earlier, later] = recs;
    if (!closed || !earlier || !later) {
      throw new Error('the seeds have no three open recommendations for the force');
    }
    await h.store.update('recommendations', closed.id, closed.version, { lifecycle: 'closed', rag: 'GREEN' }); // as if its closure was accepted
    const facts = await openItem(SECRETARY, { path: `#/items/recommendations/${closed.id}` });
    await panel(facts).getByRole('button', { name: 'Record authorisation' }).waitFor({ timeout: 20_000 });
    await panel(facts).getByRole('button', { name: 'Record superseded' }).waitFor({ timeout: 20_000 });
    expect(await axeViolations(facts)).toEqual([]);
    const authOn = panel(facts).getByRole('combobox', { name: /Date the inspectorate authorised closure/ });
    await authOn.fill('20/05/2024');
    await authOn.press('Tab');
    await panel(facts).getByLabel('Inspectorate’s reference').fill('HMICFRS letter 2024/117');
    await panel(facts).getByRole('button', { name: 'Record authorisation' }).click();
    await expect.poll(() => panel(facts).getByRole('list', { name: 'Closure facts' }).innerText(), { timeout: 20_000 }).toContain('Authorised for closure by the inspectorate');
    await facts.context().close();

    const sup = await openItem(SECRETARY, { path: `#/items/recommendations/${earlier.id}` });
    await panel(sup).getByLabel('Superseded by').selectOption(String(later.id));
    const supOn = panel(sup).getByRole('combobox', { name: /Date superseded/ });
    await supOn.fill('01/06/2024');
    await supOn.press('Tab');
    await panel(sup).getByRole('button', { name: 'Record superseded' }).click();
    const inspection = (await h.store.get('inspections', later.inspectionId))!.title;
    const toLater = panel(sup).getByRole('link', { name: new RegExp(`^${later.itemKind.charAt(0).toUpperCase()}${later.itemKind.slice(1)} ${later.number} of ${inspection.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `) });
    await toLater.waitFor({ timeout: 20_000 });
    expect(await axeViolations(sup)).toEqual([]);
    await toLater.click();
    await expect.poll(() => sup.evaluate(() => window.location.hash), { timeout: 20_000 }).toContain(`/items/recommendations/${later.id}`);
    const back = panel(sup).getByRole('list', { name: 'It supersedes:' }).getByRole('link');
    await expect.poll(() => back.innerText(), { timeout: 20_000 }).toContain(`${earlier.number} of ${inspection}`);
    expect(await back.getAttribute('href')).toContain(`/items/recommendations/${earlier.id}`);
    await sup.context().close();
  }, 240_000);
});
