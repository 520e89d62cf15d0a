import { beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import { createSp } from '../../src/adapters/sharepoint/pnp-preset';
import { rolesFromGroups, siteRoles } from '../../src/adapters/sharepoint/site-role';
import { boardServiceFromGroup, servesBoard } from '../../src/core/board-roles';
import { ForbiddenError } from '../../src/core/errors';
import type { TrackedList } from '../../src/core/model';
import type { Person } from '../../src/ports/directory';
import { queryAll } from '../../src/ports/tracker-store';
import { loadSeed } from '../../src/seed/load-seed';
import { LOCAL_PEOPLE, SEED_BOARDS } from '../../src/seed/people';
import { readSeed } from '../../src/seed/read-seed';
import { planSeed } from '../../src/seed/seed-plan';
import { boardTitleOf } from '../../src/services/board-of';
import { saveEdit } from '../../src/services/items';
import { SITE, startFakeSite } from '../fakes/provisioned-site';
import { aPerson } from '../helpers/builders';
import { aBoardWithItems, type BoardFixture } from '../helpers/board-builders';

const at = '2024-04-15T09:00:00.000Z';
const somebody = aPerson;

const owner = somebody('owner@colp.example', 'owner');
const secretaryA = somebody('sec.a@colp.example', 'secretary', [{ board: 'Board A', role: 'secretary' }]);
const leadA = somebody('lead.a@colp.example', 'lead', [{ board: 'board a', role: 'lead' }]);
const everyBoard = somebody('sec.all@colp.example', 'secretary', [{ board: '*', role: 'secretary' }]);
const member = somebody('member@colp.example', 'member');
const secretaryOfNone = somebody('sec.none@colp.example', 'secretary');

describe('roles per board', () => {
  it('reads SharePoint group titles as board roles', () => {
    expect(boardServiceFromGroup('Operational Delivery Board Secretaries')).toEqual({ board: 'Operational Delivery Board', role: 'secretary' });
    expect(boardServiceFromGroup('HMICFRS Report Recommendations Leads')).toEqual({ board: 'HMICFRS Report Recommendations', role: 'lead' });
    expect(boardServiceFromGroup('Board Secretaries')).toEqual({ board: '*', role: 'secretary' });
    expect(boardServiceFromGroup('Governance Site Members')).toBeNull();
    expect(boardServiceFromGroup('Leads')).toBeNull();
    expect(rolesFromGroups(['Governance Site Members', 'Board A Leads'])).toEqual({ role: 'lead', serves: [{ board: 'Board A', role: 'lead' }] });
    expect(rolesFromGroups(['Board A Leads', 'Board B Secretaries']).role).toBe('secretary');
    expect(rolesFromGroups(['Board Members'])).toEqual({ role: 'member', serves: [] });
    expect(rolesFromGroups([])).toEqual({ role: 'owner', serves: [] });
  });

  it('matches a board by title whatever the case and spacing; an item with no board only for every-board roles', () => {
    expect(servesBoard(leadA.serves, 'Board  A')).toBe(true);
    expect(servesBoard(leadA.serves, 'Board A', ['secretary'])).toBe(false);
    expect(servesBoard(leadA.serves, null)).toBe(false);
    expect(servesBoard(everyBoard.serves, null)).toBe(true);
    expect(servesBoard(undefined, 'Board A')).toBe(false);
  });

  it('gives the local people their boards: Morgan every board, Jo the inspections board, Ruth the two governance boards', () => {
    const by = (name: string) => LOCAL_PEOPLE.find((p) => p.displayName === name) as Person;
    expect(servesBoard(by('Morgan Ellis').serves, SEED_BOARDS.operational)).toBe(true);
    expect(servesBoard(by('Jo Whitfield').serves, SEED_BOARDS.inspections)).toBe(true);
    expect(servesBoard(by('Jo Whitfield').serves, SEED_BOARDS.operational)).toBe(false);
    expect(servesBoard(by('Ruth Adeyemi').serves, SEED_BOARDS.qos)).toBe(true);
    expect(servesBoard(by('Ruth Adeyemi').serves, SEED_BOARDS.inspections)).toBe(false);
  });

  it('places every seeded item on a board its people serve', { timeout: 60_000 }, async () => {
    const store = new SqliteStore();
    await loadSeed(store, planSeed(readSeed(), LOCAL_PEOPLE));
    const boards = new Set<string | null>();
    for (const list of ['actions', 'recommendations', 'workstreams'] as const) {
      const all = await queryAll(store, list, { where: [{ field: 'id', op: 'gt', value: 0 }] });
      for (const item of all.filter((i) => !('kind' in i) || !['template', 'theme', 'toolkit-workstream'].includes(String(i.kind)))) {
        boards.add(await boardTitleOf(store, list, item.id));
      }
    }
    expect([...boards].sort()).toEqual([SEED_BOARDS.qos, SEED_BOARDS.inspections, SEED_BOARDS.operational].sort());
  });

  describe('enforced when saving', () => {
    let store: SqliteStore;
    let a: BoardFixture;
    let b: BoardFixture;
    beforeEach(async () => {
      store = new SqliteStore();
      a = await aBoardWithItems(store, 'Board A', { id: owner.id, displayName: owner.displayName });
      b = await aBoardWithItems(store, 'Board B', { id: 'other@colp.example', displayName: 'Other' });
    });

    const items = (f: BoardFixture): Array<[TrackedList, BoardFixture['action'] | BoardFixture['recommendation'] | BoardFixture['workstream']]> => [
      ['actions', f.action],
      ['recommendations', f.recommendation],
      ['workstreams', f.workstream],
    ];
    const edit = (actor: Person, list: TrackedList, item: { id: BoardFixture['action']['id']; version: string }) =>
      saveEdit(store, { list, id: item.id, version: item.version, actor, at, edit: { progress: `by ${actor.id}` } });

    it('finds an item’s board through its objective, workstream or inspection', async () => {
      for (const [list, item] of items(a)) {
        expect(await boardTitleOf(store, list, item.id)).toBe('Board A');
      }
      expect(await boardTitleOf(store, 'workstreams', a.objective.id)).toBe('Board A');
    });

    it('lets the owner edit their own items on any board', async () => {
      for (const [list, item] of items(a)) {
        await expect(edit(owner, list, item)).resolves.toMatchObject({ id: item.id });
      }
      for (const [list, item] of items(b)) {
        await expect(edit(owner, list, item)).rejects.toBeInstanceOf(ForbiddenError);
      }
    });

    it('lets a secretary and a lead edit every item of the boards they serve, and no other board’s', async () => {
      for (const actor of [secretaryA, leadA]) {
        const fresh = await aBoardWithItems(store, 'Board A', null);
        for (const [list, item] of items(fresh)) {
          await expect(edit(actor, list, item)).resolves.toMatchObject({ id: item.id });
        }
        for (const [list, item] of items(b)) {
          const error = await edit(actor, list, item).catch((e: unknown) => e);
          expect(error).toBeInstanceOf(ForbiddenError);
          expect((error as Error).message).toMatch(/only its owner, the Board B secretary or a lead can/);
        }
      }
    });

    it('lets a secretary of every board edit any board’s items; a secretary of none, none but their own', async () => {
      for (const [list, item] of items(b)) {
        await expect(edit(everyBoard, list, item)).resolves.toMatchObject({ id: item.id });
        await expect(edit(secretaryOfNone, list, await store.get(list, item.id) as never)).rejects.toBeInstanceOf(ForbiddenError);
      }
    });

    it('lets a board member edit nothing, not even an item they are named owner of', async () => {
      const mine = await aBoardWithItems(store, 'Board A', { id: member.id, displayName: member.displayName });
      for (const [list, item] of [...items(a), ...items(mine)]) {
        await expect(edit(member, list, item)).rejects.toBeInstanceOf(ForbiddenError);
      }
    });
  });
});

describe('roles per board from SharePoint groups (against the SharePoint fake)', () => {
  it('reads the signed-in person’s direct groups as the boards they serve', async () => {
    const site = startFakeSite();
    try {
      site.fake.addUser('sec.a@colp.example', 'Sec A');
      site.fake.groups.set('Board A Secretaries', new Set(['sec.a@colp.example']));
      site.fake.groups.set('Board B Leads', new Set(['sec.a@colp.example', 'lead.b@colp.example']));
      site.fake.groups.set('Governance Members', new Set(['sec.a@colp.example', 'reader@colp.example']));
      const sp = (user: string) => createSp({ siteUrl: SITE, getToken: async () => `user:${user}`, throttle: { sleep: async () => undefined } });
      expect(await siteRoles(sp('sec.a@colp.example'))).toEqual({
        role: 'secretary',
        serves: [{ board: 'Board A', role: 'secretary' }, { board: 'Board B', role: 'lead' }],
      });
      expect(await siteRoles(sp('lead.b@colp.example'))).toEqual({ role: 'lead', serves: [{ board: 'Board B', role: 'lead' }] });
      expect(await siteRoles(sp('reader@colp.example'))).toEqual({ role: 'owner', serves: [] });
    } finally {
      site.close();
    }
  });
});
