/**
 * Trust on SharePoint: history's author is SharePoint's own Created By, never what a client
 * wrote; and board roles reach people through Entra groups nested in SharePoint groups, which
 * `web/currentuser/groups` (direct membership only) does not show.
 */
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMemberGroups, transitiveUsersOf } from '../../../src/adapters/graph/graph-member-of';
import { SharePointBoardPeople } from '../../../src/adapters/sharepoint/sharepoint-board-people';
import { createSp } from '../../../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../../../src/adapters/sharepoint/sharepoint-store';
import { siteRoles } from '../../../src/adapters/sharepoint/site-role';
import { asItemId } from '../../../src/core/model';
import { queryAll } from '../../../src/ports/tracker-store';
import { FakeGraph } from '../../fakes/graph-fake';
import { SITE, provisionDirectly } from '../../fakes/provisioned-site';
import { FakeSharePoint } from '../../fakes/sharepoint-fake';
import { entraGroupClaim } from '../../fakes/sharepoint/users';
import { FakeTenantDirectory, RENAMED } from '../../fakes/tenant-directory';

const INNER = '0d7a5c3e-1111-4222-8333-444455556666';
const OUTER = '9f1b2c3d-aaaa-4bbb-8ccc-ddddeeeeffff';

const directory = new FakeTenantDirectory();
directory.users.push(RENAMED);
const sharepoint = new FakeSharePoint(SITE, directory);
provisionDirectly(sharepoint);
sharepoint.addUser('sam.okafor@colp.example', 'Sam Okafor');
sharepoint.addUser('morgan.ellis@colp.example', 'Morgan Ellis');
const graph = new FakeGraph(directory);
const server = setupServer(...sharepoint.handlers(), ...graph.handlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const spAs = (token: string) => createSp({ siteUrl: SITE, getToken: async () => token, throttle: { sleep: async () => undefined } });
const update = (author: string, text: string) => ({
  list: 'actions' as const, itemId: asItemId(1), kind: 'progress' as const, at: '2024-05-01T09:00:00.000Z', author, authorName: author,
  previousRag: null, newRag: null, text, body: null, reportDateText: null, reportDate: null, benefitRag: null, sourceKey: null,
});

describe('history authorship on SharePoint', () => {
  it('is who SharePoint says created the row, whatever the row claims', async () => {
    const sam = new SharePointStore(spAs('user:sam.okafor@colp.example'), SITE);
    await sam.add('updates', update('morgan.ellis@colp.example', 'forged as Morgan'));
    const app = new SharePointStore(spAs('app-only'), SITE);
    await app.add('updates', update('morgan.ellis@colp.example', 'recorded by the bot for Morgan'));
    const rows = await queryAll(app, 'updates', { where: [{ field: 'itemId', op: 'eq', value: 1 }] });
    const byText = new Map(rows.map((r) => [r.text, [r.author, r.authorName]]));
    expect(byText.get('forged as Morgan')).toEqual(['sam.okafor@colp.example', 'Sam Okafor']);
    // written with app-only credentials (the job, the bot, the CLI): the person it recorded stands
    expect(byText.get('recorded by the bot for Morgan')).toEqual(['morgan.ellis@colp.example', 'morgan.ellis@colp.example']);
  });
});

describe('board roles through Entra groups nested in SharePoint groups', () => {
  // Jo is in INNER, INNER is in OUTER, and OUTER is a member of the SharePoint group
  directory.groups.push({ id: INNER, displayName: 'Inspections team', members: [RENAMED.id] }, { id: OUTER, displayName: 'Governance staff', members: [INNER] });
  sharepoint.groups.set('HMICFRS Report Recommendations Secretaries', new Set([entraGroupClaim(OUTER)]));
  sharepoint.groups.set('Operational Delivery Board Leads', new Set(['jo.whitfield@colp.example']));
  sharepoint.groups.set('Board Secretaries', new Set(['morgan.ellis@colp.example']));
  sharepoint.groupsVisibleToEveryone.add('HMICFRS Report Recommendations Secretaries');
  const memberOf = (upn: string) => (ids: readonly string[]) => checkMemberGroups(async () => `user:${upn}`, ids);

  it('makes someone a secretary only through a nested Entra group, which direct membership misses', async () => {
    const jo = spAs(`user:${RENAMED.userPrincipalName}`);
    expect(await siteRoles(jo)).toEqual({ role: 'lead', serves: [{ board: 'Operational Delivery Board', role: 'lead' }] });
    expect(await siteRoles(jo, memberOf(RENAMED.userPrincipalName))).toEqual({
      role: 'secretary',
      serves: [
        { board: 'Operational Delivery Board', role: 'lead' },
        { board: 'HMICFRS Report Recommendations', role: 'secretary' },
      ],
    });
  });

  it('gives nothing to someone outside the nested groups, and does not ask Graph when no Entra group is in a role group', async () => {
    sharepoint.addUser('sam.okafor@colp.example', 'Sam Okafor');
    expect(await siteRoles(spAs('user:sam.okafor@colp.example'), memberOf('sam.okafor@colp.example'))).toEqual({ role: 'owner', serves: [] });
    sharepoint.groupsVisibleToEveryone.delete('HMICFRS Report Recommendations Secretaries');
    graph.httpRequests = 0;
    // the group's members are hidden from Sam: no nesting can be read, and Graph is not asked
    expect(await siteRoles(spAs('user:sam.okafor@colp.example'), memberOf('sam.okafor@colp.example'))).toEqual({ role: 'owner', serves: [] });
    expect(graph.httpRequests).toBe(0);
    sharepoint.groupsVisibleToEveryone.add('HMICFRS Report Recommendations Secretaries');
  });

  it('tells the reminder job who serves a board through the same nested groups (app-only)', async () => {
    // as provisioning leaves the role groups: their membership visible to the app's write grant
    sharepoint.groupsVisibleToEveryone.add('Operational Delivery Board Leads').add('Board Secretaries');
    const people = new SharePointBoardPeople(spAs('app-only'), (id) => transitiveUsersOf(async () => 'app-only', id));
    expect(await people.secretaries('HMICFRS Report Recommendations')).toEqual([
      { id: 'jo.whitfield@colp.example', displayName: 'Jo Whitfield-Kerr' },
      { id: 'morgan.ellis@colp.example', displayName: 'Morgan Ellis' },
    ]);
    expect(await new SharePointBoardPeople(spAs('app-only')).secretaries('HMICFRS Report Recommendations')).toEqual([{ id: 'morgan.ellis@colp.example', displayName: 'Morgan Ellis' }]);
  });
});
