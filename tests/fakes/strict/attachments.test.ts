/**
 * The fake refuses list item attachments as SharePoint does (items(n)/AttachmentFiles/add):
 * on a library or a list with attachments turned off, an empty file, a forbidden or taken name,
 * a missing item, a verb other than POST; and what it accepts gives the item a new ETag. The
 * closure use case over the fake leaves the item as it was when SharePoint refuses the file.
 */
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSp } from '../../../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../../../src/adapters/sharepoint/sharepoint-store';
import { aPerson, anAction } from '../../helpers/builders';
import { M365ClosureClient } from '../../../src/ui/m365/m365-closure-client';
import type { FakeSharePoint } from '../sharepoint-fake';
import { call, provisionedFake, SITE } from './call';

const ADD = (id: number, name: string) => `/_api/web/lists/getByTitle('Actions')/items(${id})/AttachmentFiles/add(FileName='${encodeURIComponent(name.replace(/'/g, "''"))}')`;

async function attach(fake: FakeSharePoint, path: string, bytes: Uint8Array, method = 'POST'): Promise<{ status: number; message: string }> {
  const response = await fake.respond(
    new Request(`${SITE}${path}`, { method, headers: { Authorization: 'Bearer test', Accept: 'application/json' }, ...(method === 'GET' ? {} : { body: new Blob([new Uint8Array(bytes)]) }) })
  );
  const text = await response.text();
  const error = text ? (JSON.parse(text) as { 'odata.error'?: { message?: { value?: string } } })['odata.error'] : undefined;
  return { status: response.status, message: error?.message?.value ?? '' };
}

const PDF = new TextEncoder().encode('%PDF-1.4 minutes');

function withItem(): FakeSharePoint {
  const fake = provisionedFake();
  fake.seedItems('Actions', [{ Title: 'Publish the policy' }]);
  return fake;
}

describe('list item attachments on the fake, as SharePoint takes them', () => {
  it('adds a file by POST; the item gets a new version; it lists and reads back', async () => {
    const fake = withItem();
    const before = fake.list('Actions')?.items.get(1)?.version ?? 0;
    expect((await attach(fake, ADD(1, "O'Neill minutes.pdf"), PDF)).status).toBe(200);
    expect(fake.list('Actions')?.items.get(1)?.version).toBe(before + 1);
    const listed = await call(fake, 'GET', "/_api/web/lists/getByTitle('Actions')/items(1)/AttachmentFiles");
    expect((listed.body?.value as Array<{ FileName: string }>).map((a) => a.FileName)).toEqual(["O'Neill minutes.pdf"]);
  });

  it('refuses a list whose attachments are turned off, and a document library', async () => {
    const fake = withItem();
    expect((await call(fake, 'MERGE', "/_api/web/lists/getByTitle('Actions')", { EnableAttachments: false })).status).toBe(204);
    expect((await call(fake, 'GET', "/_api/web/lists/getByTitle('Actions')")).body?.EnableAttachments).toBe(false);
    expect(await attach(fake, ADD(1, 'minutes.pdf'), PDF)).toMatchObject({ status: 400, message: expect.stringMatching(/Attachments are not enabled/) });
    const library = [...fake.lists.values()].find((l) => l.BaseTemplate === 101);
    expect(library).toBeDefined();
    expect((await call(fake, 'MERGE', `/_api/web/lists/getByTitle('${library?.Title}')`, { EnableAttachments: true })).status).toBe(500);
  });

  it('refuses an empty file, a forbidden name, a name already attached (any case), a missing item, and a GET', async () => {
    const fake = withItem();
    expect(await attach(fake, ADD(1, 'empty.pdf'), new Uint8Array())).toMatchObject({ status: 400, message: expect.stringMatching(/data is invalid/) });
    expect((await attach(fake, ADD(1, 'a:b.pdf'), PDF)).status).toBe(400);
    expect((await attach(fake, ADD(1, 'minutes.pdf'), PDF)).status).toBe(200);
    expect(await attach(fake, ADD(1, 'MINUTES.pdf'), PDF)).toMatchObject({ status: 500, message: 'The specified name is already in use.' });
    expect((await attach(fake, ADD(99, 'minutes.pdf'), PDF)).status).toBe(404);
    expect((await attach(fake, ADD(1, 'other.pdf'), PDF, 'GET')).status).toBe(400);
    expect(fake.list('Actions')?.items.get(1)?.version).toBe(2); // only the one accepted add moved it
  });
});

describe('a refused upload leaves the item as it was (closure over the fake)', () => {
  const fake = provisionedFake();
  const server = setupServer(...fake.handlers());
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('attachments turned off on the Actions list: the proposal is refused and nothing is written', async () => {
    const owner = aPerson('ann@colp.example', 'owner');
    fake.addUser(owner.id, 'Ann');
    const sp = createSp({ siteUrl: SITE, getToken: async () => `user:${owner.id}`, throttle: { sleep: async () => undefined } });
    const store = new SharePointStore(sp, SITE);
    const action = await store.add('actions', anAction({ owner: { id: owner.id, displayName: 'Ann' } }));
    (fake.list('Actions') as NonNullable<ReturnType<typeof fake.list>>).EnableAttachments = false;
    const client = new M365ClosureClient(store, sp, SITE, owner, () => new Date('2026-05-01T09:00:00Z'));
    await expect(client.propose('actions', action.id, action.version, { note: 'Done', file: { name: 'minutes.pdf', bytes: PDF } })).rejects.toMatchObject({
      code: 'INVALID_VALUE',
      message: expect.stringMatching(/Actions list does not take attachments .*give a link instead/),
    });
    expect(await store.get('actions', action.id)).toMatchObject({ lifecycle: 'open', version: action.version });
    expect(fake.list('Updates')?.items.size).toBe(0);
  });
});
