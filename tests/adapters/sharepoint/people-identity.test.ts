/**
 * One identity for a person across Graph and SharePoint: the UPN. A guest (UPN
 * `…#EXT#@tenant`, mail their own address) and a member whose mail is not their UPN are
 * picked in Graph, saved as owners through ensureUser's claim, read back, found in My items
 * and recognised as the signed-in person; someone the directory lacks is refused in words.
 */
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphDirectory, toPerson } from '../../../src/adapters/graph/graph-directory';
import { currentSiteUser } from '../../../src/adapters/sharepoint/current-user';
import { createSp } from '../../../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../../../src/adapters/sharepoint/sharepoint-store';
import { InvalidValueError } from '../../../src/core/errors';
import { myItems } from '../../../src/services/items';
import { anAction } from '../../helpers/builders';
import { FakeGraph } from '../../fakes/graph-fake';
import { SITE, provisionDirectly } from '../../fakes/provisioned-site';
import { FakeSharePoint } from '../../fakes/sharepoint-fake';
import { FakeTenantDirectory, GUEST, RENAMED } from '../../fakes/tenant-directory';

const directory = new FakeTenantDirectory();
directory.users.push(GUEST, RENAMED);
const sharepoint = new FakeSharePoint(SITE, directory);
provisionDirectly(sharepoint);
const graph = new FakeGraph(directory);
const server = setupServer(...sharepoint.handlers(), ...graph.handlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const spAs = (token: string) => createSp({ siteUrl: SITE, getToken: async () => token, throttle: { sleep: async () => undefined } });

describe('a person’s identity across Graph and SharePoint', () => {
  it('keys a person picked in Graph by their UPN, with their mail as a property', () => {
    expect(toPerson(GUEST)).toMatchObject({ id: 'ann_fabrikam.com#ext#@contoso.onmicrosoft.com', mail: 'ann@fabrikam.com' });
    expect(toPerson(RENAMED)).toMatchObject({ id: 'jo.whitfield@colp.example', mail: 'jo.kerr@colp.example' });
  });

  it('saves a guest and a renamed member as owners, reads them back by UPN and finds their items', async () => {
    const store = new SharePointStore(spAs('user:admin@colp.example'), SITE);
    for (const user of [GUEST, RENAMED]) {
      const [found] = await new GraphDirectory(async () => 't').search((user.displayName ?? '').split(' ')[0] ?? '');
      expect(found?.id).toBe(user.userPrincipalName.toLowerCase());
      const owner = { id: found?.id ?? '', displayName: found?.displayName ?? '' };
      const saved = await store.add('actions', anAction({ owner, dueText: '31/03/2024' }));
      expect((await store.get('actions', saved.id))?.owner).toEqual(owner);
      const mine = await myItems(new SharePointStore(spAs(`user:${user.userPrincipalName}`), SITE), owner.id, '2024-04-01' as never);
      expect(mine.map((i) => i.id)).toContain(saved.id);
    }
    // ensureUser was asked with the UPN's claim, never the mail
    expect(sharepoint.users.get(GUEST.userPrincipalName.toLowerCase())?.LoginName).toBe('i:0#.f|membership|ann_fabrikam.com#ext#@contoso.onmicrosoft.com');
  });

  it('recognises the signed-in guest by their UPN, as their items are stored', async () => {
    expect(await currentSiteUser(spAs(`user:${GUEST.userPrincipalName}`), 'ann@fabrikam.com')).toEqual({ id: 'ann_fabrikam.com#ext#@contoso.onmicrosoft.com', displayName: 'Ann Guest (Fabrikam)' });
    expect((await currentSiteUser(spAs(`user:${RENAMED.userPrincipalName}`), 'x')).id).toBe('jo.whitfield@colp.example');
  });

  it('refuses an owner the directory does not have, naming the field and the person', async () => {
    const store = new SharePointStore(spAs('user:admin@colp.example'), SITE);
    const ghost = { id: 'ghost@colp.example', displayName: 'Ghost Writer' };
    const error = await store.add('actions', anAction({ owner: ghost })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidValueError);
    expect((error as Error).message).toBe('Owner: is not a person in your organisation\'s directory (ghost@colp.example) ("Ghost Writer")');
    // and a mail that is not a UPN is not a login SharePoint knows
    const byMail = await store.add('actions', anAction({ owner: { id: 'jo.kerr@colp.example', displayName: 'Jo' } })).catch((e: unknown) => e);
    expect(byMail).toBeInstanceOf(InvalidValueError);
  });

  it('gets a person from Graph by UPN, not by a mail that differs from it', async () => {
    const graphDirectory = new GraphDirectory(async () => 't');
    expect((await graphDirectory.get(RENAMED.userPrincipalName))?.displayName).toBe('Jo Whitfield-Kerr');
    expect(await graphDirectory.get('jo.kerr@colp.example')).toBeNull();
  });
});
