/**
 * Reminder cards rendered by Microsoft's `adaptivecards` renderer in Chromium, in the tab's three
 * themes: the card shows what the policy planned (RAG as a word), its buttons are reachable and
 * named, the update form opens with labelled inputs, and axe finds nothing serious. Screenshots go
 * to test-results/cards/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import type * as AdaptiveCardsModule from 'adaptivecards';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReminderCard, type CardLinks } from '../../src/core/cards/reminder-card';
import type { IsoDate } from '../../src/core/dates';
import { asItemId } from '../../src/core/model';
import type { DigestItem, DigestView } from '../../src/core/reminder-digest';
import type { ThemeName } from '../../src/host/host-context';
import { cardCss, cardHostConfig } from '../../src/ui/features/outbox/cardHostConfig';
import { axeViolations, launchChromium } from './harness';

const OUT = 'test-results/cards';
const links: CardLinks = { item: (list, id) => `http://127.0.0.1:4280/#/items/${list}/${id}`, digest: () => 'http://127.0.0.1:4280/#/' };

const item = (over: Partial<DigestItem>): DigestItem => ({
  list: 'actions',
  id: asItemId(20),
  ref: 'RO-21-1',
  title: 'Produce aspirational targets across protected characteristics',
  dueText: '31/03/17',
  dueDate: '2017-03-31' as IsoDate,
  rule: 'before-14',
  rag: 'AMBER',
  lifecycle: 'open',
  label: 'Deliverable RO-21-1',
  parent: 'Recruitment & Outreach',
  daysToGo: 11,
  version: '"2"',
  ...over,
});

const digest: DigestView = {
  to: { id: 'grace.mensah@colp.example', displayName: 'Grace Mensah' },
  kind: 'owner',
  items: [
    item({ id: asItemId(21), title: 'PCDA Launch', rag: 'RED', dueText: 'Feb 2017', dueDate: '2017-02-28' as IsoDate, daysToGo: -20, rule: 'overdue', label: 'Deliverable LO-21-3' }),
    item({}),
    item({ id: asItemId(22), title: 'Positive action review', rag: null, daysToGo: 1, dueText: '21/03/17', dueDate: '2017-03-21' as IsoDate, rule: 'before-1' }),
  ],
};

let browser: Browser;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

async function renderCard(theme: ThemeName, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const bg = theme === 'light' ? '#f5f5f5' : theme === 'dark' ? '#1f1f1f' : '#000000';
  await page.setContent(`<!doctype html><html lang="en-GB"><head><title>Reminder card</title></head><body style="margin:0;background:${bg}"><main><h1 style="position:absolute;left:-9999px">Card</h1><div id="card" style="max-width:560px;margin:16px"></div></main></body></html>`);
  await page.addScriptTag({ path: 'node_modules/adaptivecards/dist/adaptivecards.min.js' });
  await page.addStyleTag({ content: cardCss(theme, '#card') });
  const card = buildReminderCard(digest, '2017-03-20' as IsoDate, links);
  await page.evaluate(
    ({ card, config }) => {
      const AC = (window as unknown as { AdaptiveCards: typeof AdaptiveCardsModule }).AdaptiveCards;
      const ac = new AC.AdaptiveCard();
      ac.hostConfig = new AC.HostConfig(config);
      ac.parse(card);
      const el = ac.render();
      if (el) {
        document.getElementById('card')?.appendChild(el);
      }
    },
    { card, config: cardHostConfig(theme) }
  );
  return page;
}

describe('reminder card rendered in Chromium', () => {
  for (const theme of ['light', 'dark', 'contrast'] as const) {
    it(`shows each item with its RAG as a word, named buttons and a labelled form (${theme})`, async () => {
      const page = await renderCard(theme, 1366);
      const text = await page.locator('#card').innerText();
      for (const expected of ['3 items of yours are due', 'PCDA Launch', '20 days overdue', '11 days to go', 'RED', 'AMBER', 'Not set', 'Feb 2017 (28 Feb 2017)']) {
        expect(text).toContain(expected);
      }
      expect(await page.getByRole('button', { name: 'Update progress' }).count()).toBe(3);
      expect(await page.getByRole('button', { name: 'Snooze 7 days' }).count()).toBe(3);
      await page.screenshot({ path: `${OUT}/reminder-card-${theme}.png`, fullPage: true });
      await page.getByRole('button', { name: 'Update progress' }).first().click();
      await expect.poll(() => page.getByLabel('Progress since the last update').count(), { timeout: 15_000 }).toBe(1);
      expect(await page.getByLabel('RAG').count()).toBe(1);
      await page.screenshot({ path: `${OUT}/reminder-card-${theme}-form.png`, fullPage: true });
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    }, 60_000);
  }

  it('fits a phone (390 px wide) without sideways scrolling', async () => {
    const page = await renderCard('light', 390);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${OUT}/reminder-card-phone.png`, fullPage: true });
    await page.close();
  }, 60_000);
});
