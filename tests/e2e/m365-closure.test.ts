/**
 * Done-means for two-key closure in Microsoft 365 mode (issue 12), against the SharePoint fake:
 * the owner proposes closure with a file, uploaded through the panel as the item's own
 * attachment; the board's secretary (a SharePoint group) returns it with a reason; the owner
 * proposes again; the lead proposes nothing of their own and accepts. The history shows all four,
 * authored as SharePoint's Created By says. A board member sees no closure controls, and the
 * use cases refuse the member when called directly, over the same SharePoint fake.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSp } from '../../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../../src/adapters/sharepoint/sharepoint-store';
import type { PersonRef, Stored } from '../../src/core/model';
import { newWorkstream } from '../../src/core/records';
import type { Person } from '../../src/ports/directory';
import { queryAll } from '../../src/ports/tracker-store';
import { M365ClosureClient } from '../../src/ui/m365/m365-closure-client';
import { SITE } from '../fakes/provisioned-site';
import { anAction } from '../helpers/builders';
import { closurePanel, historyText, returnWithReason } from './closure-steps';
import { startM365Harness } from './m365-harness';

const BOARD = 'Equality and Inclusion Board';
const OWNER: PersonRef = { id: 'd.service@colp.example', displayName: 'T/Supt. Service' };
const SECRETARY: PersonRef = { id: 'morgan.ellis@colp.example', displayName: 'Morgan Ellis' };
const LEAD: PersonRef = { id: 'ruth.adeyemi@colp.example', displayName: 'Ruth Adeyemi' };
const MEMBER: PersonRef = { id: 'chris.nolan@colp.example', displayName: 'Chris Nolan' };
const PDF = Buffer.from('%PDF-1.4 signed-off briefing');

let h: Awaited<ReturnType<typeof startM365Harness>>;
let action: Stored<'actions'>;
let other: Stored<'actions'>;

/** Node-side SharePoint calls straight into the fake, as the given token. */
const spAs = (token: string) =>
  createSp({ siteUrl: SITE, getToken: async () => token, throttle: { sleep: async () => undefined, fetch: (url, init) => h.sharepoint.respond(new Request(url, init)) } });

beforeAll(async () => {
  h = await startM365Harness();
  for (const p of [OWNER, SECRETARY, LEAD, MEMBER]) {
    h.sharepoint.addUser(p.id, p.displayName);
  }
  // roles as provisioning and the site owner leave them: per-board groups, visible to everyone
  h.sharepoint.groups.set(`${BOARD} Secretaries`, new Set([SECRETARY.id]));
  h.sharepoint.groups.set(`${BOARD} Leads`, new Set([LEAD.id]));
  h.sharepoint.groups.set('Board Members', new Set([MEMBER.id]));
  for (const g of h.sharepoint.groups.keys()) {
    h.sharepoint.groupsVisibleToEveryone.add(g);
  }
  const admin = new SharePointStore(spAs('app-only'), SITE);
  const board = await admin.add('boards', { title: BOARD, programme: null, sourceKey: 'board:ei' });
  const ws = await admin.add('workstreams', newWorkstream({ kind: 'workstream', title: 'Stop and search', ref: 'SS', boardId: board.id, ownerText: 'Ruth', owner: LEAD, sourceKey: 'ws:ss' }));
  action = await admin.add('actions', anAction({ title: 'Publish the stop and search policy', ref: 'SS-01', workstreamId: ws.id, owner: OWNER, dueText: '31/03/2030', sourceKey: 'a:ss-01' }));
  other = await admin.add('actions', anAction({ title: 'Brief the scrutiny panel', ref: 'SS-02', workstreamId: ws.id, owner: OWNER, dueText: '31/03/2030', sourceKey: 'a:ss-02' }));
}, 180_000);
afterAll(() => h?.close());

const panel = closurePanel;
const history = historyText;

async function openItem(who: PersonRef, id = action.id): Promise<Page> {
  const page = await h.open(who.id, `#/items/actions/${id}`);
  await page.getByText(`Signed in as ${who.displayName}`).waitFor({ timeout: 30_000 });
  await page.getByTestId('item-editor').waitFor({ timeout: 30_000 });
  return page;
}

const stored = () => h.sharepoint.list('Actions')?.items.get(Number(action.id)) as { data: Record<string, unknown>; attachments?: Map<string, Uint8Array> } | undefined;

describe('two-key closure in Microsoft 365 mode (SharePoint fake, evidence as the item’s attachments)', () => {
  it('owner proposes with a file → secretary returns with a reason → owner proposes again → lead accepts; history shows all four; a member can do none of it', async () => {
    // 1. the owner proposes, with a file uploaded as the item's attachment
    const owner = await openItem(OWNER);
    await panel(owner).getByLabel('What was done').fill('Policy published and briefed to all staff');
    await owner.locator('#closure-file').setInputFiles({ name: 'Briefing note.pdf', mimeType: 'application/pdf', buffer: PDF });
    await panel(owner).getByRole('button', { name: 'Propose closure' }).click();
    await expect.poll(() => panel(owner).getByTestId('closure-notice').innerText(), { timeout: 20_000 }).toContain('Closure proposed');
    await expect.poll(() => history(owner), { timeout: 20_000 }).toContain('Closure proposed: Policy published and briefed to all staff');
    expect(await panel(owner).innerText()).toContain('Status: closure proposed');
    expect(await panel(owner).getByRole('button', { name: 'Accept closure' }).count()).toBe(0); // never one's own
    // the bytes went to SharePoint as the item's attachment, by the documented endpoint
    expect(Buffer.from(stored()?.attachments?.get('Briefing note.pdf') ?? new Uint8Array()).toString()).toBe(PDF.toString());
    expect(h.sharepoint.requests.some((r) => r.method === 'POST' && decodeURIComponent(r.url).toLowerCase().endsWith(`/items(${action.id})/attachmentfiles/add(filename='briefing note.pdf')`))).toBe(true);
    expect(stored()?.data).toMatchObject({ Lifecycle: 'closure-proposed', Attachments: true });
    await owner.context().close();

    // 2. a board member sees the item read-only, with no closure steps and no review list
    const member = await openItem(MEMBER);
    await member.getByTestId('read-only-item').waitFor({ timeout: 20_000 });
    expect(await panel(member).count()).toBe(0);
    expect(await member.getByRole('tab', { name: 'Closures to review' }).count()).toBe(0);
    await member.context().close();

    // 3. the secretary finds it in Closures to review, with the file as a link to the attachment, and returns it
    const secretary = await h.open(SECRETARY.id, '#/closures');
    const card = secretary.getByTestId(`review-actions-${action.id}`);
    await card.waitFor({ timeout: 30_000 });
    expect(await card.innerText()).toContain('Policy published and briefed to all staff');
    expect(await card.getByRole('link', { name: 'Briefing note.pdf' }).getAttribute('href')).toBe(
      `${new URL(SITE).origin}/sites/governance/Lists/Actions/Attachments/${action.id}/Briefing%20note.pdf`
    );
    await card.getByTestId(`row-actions-${action.id}`).click();
    await secretary.getByTestId('item-editor').waitFor({ timeout: 30_000 });
    await returnWithReason(secretary, 'Attach the signed-off briefing, not the draft');
    await secretary.context().close();

    // 4. the owner proposes again; a second file of the same name is refused in words, a new name goes
    const again = await openItem(OWNER);
    await panel(again).getByLabel('What was done').fill('Signed-off briefing attached');
    await again.locator('#closure-file').setInputFiles({ name: 'Briefing note.pdf', mimeType: 'application/pdf', buffer: PDF });
    await panel(again).getByRole('button', { name: 'Propose closure' }).click();
    await expect.poll(() => panel(again).getByTestId('closure-error').innerText(), { timeout: 20_000 }).toMatch(/already attached to this item; rename it/);
    expect(await panel(again).getByLabel('What was done').inputValue()).toBe('Signed-off briefing attached');
    await again.locator('#closure-file').setInputFiles({ name: 'Briefing note (signed).pdf', mimeType: 'application/pdf', buffer: PDF });
    await panel(again).getByRole('button', { name: 'Propose closure' }).click();
    await expect.poll(() => panel(again).getByTestId('closure-notice').innerText(), { timeout: 20_000 }).toContain('Closure proposed');
    expect([...(stored()?.attachments?.keys() ?? [])].sort()).toEqual(['Briefing note (signed).pdf', 'Briefing note.pdf']);
    await again.context().close();

    // 5. the lead accepts, keyboard and all, from the item
    const lead = await openItem(LEAD);
    await panel(lead).getByLabel(/^Note with the acceptance/).fill('Agreed at the board');
    await panel(lead).getByRole('button', { name: 'Accept closure' }).click();
    await expect.poll(() => panel(lead).getByTestId('closure-notice').innerText(), { timeout: 20_000 }).toContain('is now GREEN and closed');
    await expect.poll(() => history(lead), { timeout: 20_000 }).toContain('Closure accepted: Agreed at the board');
    const shown = await history(lead);
    for (const step of ['Closure proposed: Policy published', 'Closure returned: Attach the signed-off briefing', 'Closure proposed: Signed-off briefing attached', 'Closure accepted: Agreed at the board']) {
      expect(shown).toContain(step);
    }
    expect(shown).toContain(LEAD.displayName);
    await lead.context().close();

    // the four steps in SharePoint's Updates list: who (SharePoint's Created By) and when
    const admin = new SharePointStore(spAs('app-only'), SITE);
    const steps = (await queryAll(admin, 'updates', { where: [{ field: 'itemId', op: 'eq', value: action.id }] }))
      .filter((u) => u.list === 'actions' && u.kind === 'closure')
      .sort((a, b) => a.at.localeCompare(b.at));
    expect(steps.map((u) => [(u.text ?? '').split(':')[0], u.author])).toEqual([
      ['Closure proposed', OWNER.id],
      ['Closure returned', SECRETARY.id],
      ['Closure proposed', OWNER.id],
      ['Closure accepted', LEAD.id],
    ]);
    expect(steps.every((u) => !Number.isNaN(Date.parse(u.at)))).toBe(true);
    expect(await admin.get('actions', action.id)).toMatchObject({ lifecycle: 'closed', rag: 'GREEN' });
  }, 300_000);

  it('the lead cannot accept their own proposal (no button, and the use case refuses); a member’s calls are refused', async () => {
    const lead = await openItem(LEAD, other.id);
    await panel(lead).getByLabel('What was done').fill('Panel briefed in May');
    await panel(lead).getByLabel('Evidence link').fill('https://colp.example/panel-minutes.pdf');
    await panel(lead).getByRole('button', { name: 'Propose closure' }).click();
    await expect.poll(() => panel(lead).getByTestId('closure-notice').innerText(), { timeout: 20_000 }).toContain('Closure proposed');
    expect(await panel(lead).getByRole('button', { name: 'Accept closure' }).count()).toBe(0);
    await lead.context().close();

    // the same use cases the tab runs, as each person over their own token
    const clientFor = (p: PersonRef, role: Person['role'], serves: Person['serves']) => {
      const sp = spAs(`user:${p.id}`);
      return new M365ClosureClient(new SharePointStore(sp, SITE), sp, SITE, { id: p.id, mail: p.id, displayName: p.displayName, jobTitle: null, aliases: [], role, serves });
    };
    const leadClient = clientFor(LEAD, 'lead', [{ board: BOARD, role: 'lead' }]);
    expect(await leadClient.view('actions', other.id)).toMatchObject({ canDecide: false, proposal: expect.objectContaining({ by: LEAD.id }) });
    const version = (await new SharePointStore(spAs('app-only'), SITE).get('actions', other.id))?.version as Stored<'actions'>['version'];
    await expect(leadClient.accept('actions', other.id, version, { note: 'self-approved' })).rejects.toMatchObject({ rule: 'closure-own-proposal' });
    const memberClient = clientFor(MEMBER, 'member', []);
    await expect(memberClient.sendBack('actions', other.id, version, { reason: 'no' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(memberClient.accept('actions', other.id, version, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const after = await new SharePointStore(spAs('app-only'), SITE).get('actions', other.id);
    expect(after).toMatchObject({ lifecycle: 'closure-proposed' });
  }, 180_000);
});
