import { zoneDates } from '../../src/adapters/sharepoint/site-time-zone';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeWrite } from '../../src/adapters/sharepoint/sp-codec';
import { anAction } from '../helpers/builders';
import { startM365Harness } from './m365-harness';

/** a UK site, as the fake is by default: how DateOnly values are written for it */
const UK_DATES = zoneDates('Europe/London');

const DS = { id: 'd.service@colp.example', displayName: 'T/Supt. Service' };
let h: Awaited<ReturnType<typeof startM365Harness>>;

beforeAll(async () => {
  h = await startM365Harness();
  h.graph.users.push(
    { id: '00000000-0000-4000-8000-000000000001', displayName: 'T/Supt. Service', mail: DS.id, userPrincipalName: DS.id, jobTitle: 'Strand champion' },
    { id: '00000000-0000-4000-8000-000000000002', displayName: 'Phil Pepper', mail: 'phil.pepper@colp.example', userPrincipalName: 'phil.pepper@colp.example', jobTitle: 'Strand champion' }
  );
  const ds = h.sharepoint.addUser(DS.id, DS.displayName);
  const rows = [
    await encodeWrite('actions', anAction({ owner: DS, title: 'Review stop and search panel', ref: 'LA1-01', dueText: 'Aug-12' }) as never, async () => ds.Id, UK_DATES),
    await encodeWrite('actions', anAction({ owner: DS, title: 'Publish hate crime figures', ref: 'LA1-02', dueText: '31/03/2030' }) as never, async () => ds.Id, UK_DATES),
    await encodeWrite('actions', anAction({ owner: DS, title: 'Audit custody records', ref: 'LA1-03', dueText: 'Jan-20' }) as never, async () => ds.Id, UK_DATES),
  ];
  h.sharepoint.seedItems('Actions', rows);
});
afterAll(() => h?.close());

describe('the tab in Microsoft 365 mode (SharePoint and Graph fakes, fake token provider)', () => {
  it('an owner finds a person, updates an action, survives a 412 conflict and a throttled response, and loses nothing', async () => {
    const page = await h.open(DS.id);
    await page.getByText('Signed in as T/Supt. Service').waitFor();
    await page.getByRole('button', { name: /Review stop and search panel/ }).click();
    const editor = page.getByTestId('item-editor');
    await editor.waitFor();

    // Find a person through Graph.
    const picker = editor.getByRole('combobox', { name: 'Owner' });
    await picker.fill('');
    await picker.pressSequentially('Pep', { delay: 50 });
    // wait for this search's answer, not the list from before the typing
    await expect.poll(() => page.locator('[role=option]').allInnerTexts()).toEqual([expect.stringContaining('Phil Pepper')]);
    expect(h.graph.requests.some((r) => r.consistencyLevel === 'eventual' && r.url.includes('displayName:Pep'))).toBe(true);
    await picker.press('ArrowDown');
    await picker.press('Enter');
    expect(await picker.inputValue()).toBe('Phil Pepper');

    // Someone else changes the item in SharePoint while it is open.
    const stored = [...(h.sharepoint.list('Actions')?.items.values() ?? [])].find((i) => i.data.Ref === 'LA1-01');
    if (!stored) {
      throw new Error('seeded item missing');
    }
    stored.data = { ...stored.data, Progress: 'Changed in SharePoint by the secretary' };
    stored.version += 1;

    await editor.getByLabel('Progress').fill('Panel met in March; minutes published.');
    await editor.getByRole('radio', { name: 'Green' }).check();
    await editor.getByRole('button', { name: 'Save update' }).click();
    const panel = editor.getByTestId('conflict-panel');
    await panel.waitFor();
    expect(await panel.getByTestId('theirs-progress').innerText()).toBe('Changed in SharePoint by the secretary');
    expect(await panel.getByTestId('mine-progress').innerText()).toBe('Panel met in March; minutes published.');

    // The next request is throttled; the adapter waits as Retry-After says and carries on.
    h.sharepoint.throttle = { remaining: 1, retryAfter: '1' };
    await editor.getByRole('radio', { name: 'Keep mine' }).check();
    await editor.getByRole('button', { name: 'Save update' }).click();
    await editor.getByText('Saved. Your update is in the history below.').waitFor();
    expect(h.sharepoint.throttle.remaining).toBe(0);

    // The person picked from Graph became a site user (ensureUser) and the owner.
    const phil = h.sharepoint.users.get('phil.pepper@colp.example');
    expect(stored.data).toMatchObject({ Progress: 'Panel met in March; minutes published.', Rag: 'GREEN', OwnerId: phil?.Id });
    const updates = [...(h.sharepoint.list('Updates')?.items.values() ?? [])].map((u) => u.data);
    expect(updates).toEqual([expect.objectContaining({ ItemId: stored.data.Id, NewRag: 'GREEN', Author0: DS.id })]);
    expect(await editor.getByTestId('history').innerText()).toContain('Panel met in March; minutes published.');
  });

  it('All items reads SharePoint for the filter’s indexed part, first condition on an indexed column', async () => {
    // a shared link to "my overdue items": the first read is already narrow
    const page = await h.open(DS.id, '#/all?owner=me&due=overdue');
    await page.getByText('Signed in as T/Supt. Service').waitFor();
    await expect.poll(() => page.getByTestId('result-count').innerText()).toMatch(/^\d+ items? — mine, overdue$/);
    const mine = await page.getByTestId('result-count').innerText();
    expect(await page.getByRole('button', { name: 'Audit custody records' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Publish hate crime figures' }).count()).toBe(0);
    // asked SharePoint for this owner's overdue actions: Owner (indexed) first, then DueDate (indexed)
    expect(h.sharepoint.requests.map((r) => r.url).some((u) => /\$filter=OwnerId\+eq\+\d+\+and\+DueDate\+le\+/.test(decodeURIComponent(u)))).toBe(true);
    // widening to anyone's reads again; narrowing back needs no new read
    await page.getByLabel('Owner', { exact: true }).selectOption('anyone');
    await expect.poll(() => page.getByTestId('result-count').innerText()).toMatch(/^\d+ items? — overdue$/);
    // the wider read has landed when the list stops saying it is updating
    await expect.poll(() => page.getByLabel('Updating').count()).toBe(0);
    const reads = h.sharepoint.requests.length;
    await page.getByLabel('Owner', { exact: true }).selectOption('me');
    await expect.poll(() => page.getByTestId('result-count').innerText()).toBe(mine);
    expect(h.sharepoint.requests.length).toBe(reads);
  });

  it('says the person has no access to the site (not that sign-in failed), with a retry, when SharePoint answers 403: never a blank tab', async () => {
    const original = h.sharepoint.respond.bind(h.sharepoint);
    h.sharepoint.respond = async () =>
      new Response(JSON.stringify({ 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access denied.' } } }), { status: 403, headers: { 'Content-Type': 'application/json' } });
    try {
      const page = await h.open(DS.id);
      const alert = page.getByRole('alert');
      await alert.getByText('You do not have access to the tracker’s SharePoint site').waitFor();
      expect(await alert.innerText()).toMatch(/site’s owner or your board secretary/);
      expect(await alert.innerText()).not.toMatch(/sign you in/);
      expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    } finally {
      h.sharepoint.respond = original;
    }
  });
});
