/**
 * Who serves a board in Microsoft 365, read from the site's SharePoint groups through the
 * HTTP-level fake: "<board> Secretaries" / "<board> Leads" serve that board, "Board Secretaries" /
 * "Board Leads" serve every board (and items with no board), other groups serve none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSp } from '../../../src/adapters/sharepoint/pnp-preset';
import { SharePointBoardPeople } from '../../../src/adapters/sharepoint/sharepoint-board-people';
import { roleGroupSteps } from '../../../lists-provisioning/role-groups';
import { SITE, startFakeSite } from '../../fakes/provisioned-site';

describe('SharePointBoardPeople: secretaries and leads from the site groups', () => {
  let site: ReturnType<typeof startFakeSite>;
  beforeAll(() => {
    site = startFakeSite();
    for (const [email, name] of [
      ['sec.a@colp.example', 'Sam Secretary'],
      ['all.sec@colp.example', 'Alex Allboards'],
      ['lead.a@colp.example', 'Lee Lead'],
      ['MEMBER@colp.example', 'Mo Member'],
    ] as const) {
      site.fake.addUser(email, name);
    }
    site.fake.groups.set('Board A Secretaries', new Set(['sec.a@colp.example']));
    site.fake.groups.set('Board Secretaries', new Set(['all.sec@colp.example', 'sec.a@colp.example']));
    site.fake.groups.set('Board A Leads', new Set(['lead.a@colp.example']));
    site.fake.groups.set('Governance Members', new Set(['member@colp.example', 'sec.a@colp.example']));
    // as provisioning leaves the role groups: their membership visible to the app's write grant
    for (const title of ['Board A Secretaries', 'Board Secretaries', 'Board A Leads']) {
      site.fake.groupsVisibleToEveryone.add(title);
    }
  });
  afterAll(() => site.close());
  const people = () => new SharePointBoardPeople(createSp({ siteUrl: SITE, getToken: async () => 'app-only', throttle: { sleep: async () => undefined } }));

  it('gives a board its own secretaries and the site-wide ones, each once, by e-mail', async () => {
    expect(await people().secretaries('Board A')).toEqual([
      { id: 'sec.a@colp.example', displayName: 'Sam Secretary' },
      { id: 'all.sec@colp.example', displayName: 'Alex Allboards' },
    ]);
  });

  it('matches the board title whatever its case and spacing', async () => {
    expect((await people().leads('board  a')).map((p) => p.id)).toEqual(['lead.a@colp.example']);
  });

  it('gives another board, and an item with no board, only the site-wide secretaries and no leads', async () => {
    const p = people();
    expect((await p.secretaries('Board B')).map((s) => s.id)).toEqual(['all.sec@colp.example', 'sec.a@colp.example']);
    expect((await p.secretaries(null)).map((s) => s.id)).toEqual(['all.sec@colp.example', 'sec.a@colp.example']);
    expect(await p.leads('Board B')).toEqual([]);
  });

  it('reads the groups once per run, whatever the number of boards asked about', async () => {
    const p = people();
    site.fake.resetCounts();
    await Promise.all([p.secretaries('Board A'), p.leads('Board A'), p.secretaries('Board B'), p.leads(null)]);
    // the group list, then the members of the three board groups (not of Governance Members)
    expect(site.fake.requests.map((r) => new URL(r.url).pathname.replace(/^.*\/_api\//, ''))).toEqual([
      'web/siteGroups',
      'web/siteGroups(100)/users',
      'web/siteGroups(101)/users',
      'web/siteGroups(102)/users',
    ]);
  });

  it('fails the read when SharePoint refuses it, rather than answering that nobody serves the board', async () => {
    site.fake.throttle = { remaining: 10, retryAfter: '0' };
    try {
      // as a domain error with its sentence (sp-refusals.ts), not PnPjs's 429 dump
      await expect(people().secretaries('Board A')).rejects.toMatchObject({ code: 'THROTTLED' });
    } finally {
      site.fake.throttle = { remaining: 0, retryAfter: '1' };
    }
  });
});

describe('SharePointBoardPeople: a role group whose membership only its members may see', () => {
  let site: ReturnType<typeof startFakeSite>;
  beforeAll(() => {
    site = startFakeSite();
    site.fake.addUser('sec.a@colp.example', 'Sam Secretary');
    site.fake.groups.set('Board A Secretaries', new Set(['sec.a@colp.example']));
  });
  afterAll(() => site.close());
  const people = () => new SharePointBoardPeople(createSp({ siteUrl: SITE, getToken: async () => 'app-only', throttle: { sleep: async () => undefined } }));

  it('is refused to the app’s write grant with a sentence naming the group and the setting, not read as “nobody”', async () => {
    const refused = await people().secretaries('Board A').then(
      () => null,
      (e: unknown) => e as { code?: string; message: string }
    );
    expect(refused?.code).toBe('FORBIDDEN');
    expect(refused?.message).toMatch(/“Board A Secretaries”.*Who can view the membership of the group.*Everyone.*tracker provision/);
  });

  it('is read once provisioning (with fullcontrol) has let everyone see it', async () => {
    site.fake.appGrant = 'fullcontrol';
    try {
      const sp = createSp({ siteUrl: SITE, getToken: async () => 'app-only', throttle: { sleep: async () => undefined } });
      const steps = await roleGroupSteps(sp);
      expect(steps.map((s) => s.what)).toEqual(['group "Board A Secretaries": everyone on the site may see who is in it (the reminder job reads it)']);
      await steps[0]?.run();
      expect(await roleGroupSteps(sp)).toEqual([]);
    } finally {
      site.fake.appGrant = 'write';
    }
    expect((await people().secretaries('Board A')).map((p) => p.id)).toEqual(['sec.a@colp.example']);
  });

  it('cannot be changed by the app’s write grant: SharePoint answers 403', async () => {
    const sp = createSp({ siteUrl: SITE, getToken: async () => 'app-only', throttle: { sleep: async () => undefined } });
    site.fake.groupsVisibleToEveryone.clear();
    const [step] = await roleGroupSteps(sp);
    await expect(step?.run()).rejects.toMatchObject({ status: 403 });
  });
});

describe('SharePointBoardPeople: the roles of one person (who pressed a card button)', () => {
  let site: ReturnType<typeof startFakeSite>;
  beforeAll(() => {
    site = startFakeSite();
    site.fake.addUser('sec.a@colp.example', 'Sam Secretary');
    site.fake.addUser('reader@colp.example', 'Rae Reader');
    site.fake.addUser('owner@colp.example', 'Olu Owner');
    site.fake.groups.set('Board A Secretaries', new Set(['sec.a@colp.example']));
    site.fake.groups.set('Board B Leads', new Set(['sec.a@colp.example']));
    site.fake.groups.set('Board Members', new Set(['reader@colp.example']));
    for (const title of ['Board A Secretaries', 'Board B Leads', 'Board Members']) {
      site.fake.groupsVisibleToEveryone.add(title);
    }
  });
  afterAll(() => site.close());
  const people = () => new SharePointBoardPeople(createSp({ siteUrl: SITE, getToken: async () => 'app-only', throttle: { sleep: async () => undefined } }));

  it('reads the boards a person serves, a reader as a member, and anyone else as an owner of their own items', async () => {
    const p = people();
    expect(await p.rolesOf('SEC.A@colp.example')).toEqual({ role: 'secretary', serves: [{ board: 'Board A', role: 'secretary' }, { board: 'Board B', role: 'lead' }] });
    expect(await p.rolesOf('reader@colp.example')).toEqual({ role: 'member', serves: [] });
    expect(await p.rolesOf('owner@colp.example')).toEqual({ role: 'owner', serves: [] });
  });
});
