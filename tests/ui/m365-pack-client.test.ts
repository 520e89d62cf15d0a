import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSp } from '../../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../../src/adapters/sharepoint/sharepoint-store';
import type { IsoDate } from '../../src/core/dates';
import type { Person } from '../../src/ports/directory';
import { M365PackClient } from '../../src/ui/m365/m365-pack-client';
import { SITE, startFakeSite } from '../fakes/provisioned-site';

const person = (serves: Person['serves']): Person => ({ id: 'p@colp.example', mail: 'p@colp.example', displayName: 'P', jobTitle: null, aliases: [], role: 'secretary', serves });

describe('board packs in Microsoft 365 mode (SharePoint fake)', () => {
  let site: ReturnType<typeof startFakeSite>;
  beforeAll(() => {
    site = startFakeSite();
  });
  afterAll(() => site.close());
  const sp = () => createSp({ siteUrl: SITE, getToken: async () => 'user:p@colp.example', throttle: { sleep: async () => undefined } });

  it('freezes as a board’s secretary only, into the Snapshots library, and the next pack compares with it', async () => {
    const store = new SharePointStore(sp(), SITE);
    await store.add('boards', { title: 'Test Board', programme: null, sourceKey: 'board:m365-pack' });
    const ws = await store.add('workstreams', { kind: 'workstream', title: 'Wellbeing', ref: null, boardId: null, parentId: null, programme: null, description: null, ownerText: null, owner: null, projectRag: 'AMBER', benefitRag: null, level: null, objectives: [], kpis: [], progress: [], nextSteps: [], recommendationsToBoard: null, decisionsRequired: null, sources: [], lastReportDate: null, sourceKey: 'ws:m365-pack' });
    const [board] = (await store.query('boards', { where: [{ field: 'sourceKey', op: 'eq', value: 'board:m365-pack' }] })).items;
    await store.update('workstreams', ws.id, ws.version, { boardId: board?.id ?? null });

    const stranger = new M365PackClient(store, sp(), SITE, person([{ board: 'Another Board', role: 'secretary' }]));
    await expect(stranger.freeze('test board', null)).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const secretary = new M365PackClient(store, sp(), SITE, person([{ board: 'Test Board', role: 'secretary' }]), () => new Date('2026-02-01T10:00:00Z'));
    expect(await secretary.boards()).toContain('Test Board');
    const frozen = await secretary.freeze('Test Board', '2026-02-01' as IsoDate);
    expect(frozen).toMatchObject({ items: 1, id: expect.stringMatching(/^\/sites\/governance\/Snapshots\/test-board-2026-02-01T10-00-00-000Z\.json$/) });

    const now = (await store.get('workstreams', ws.id))!;
    await store.update('workstreams', ws.id, now.version, { projectRag: 'RED' });
    const pack = await secretary.pack('Test Board', null, '2026-03-01' as IsoDate);
    expect(pack.changes?.since).toEqual({ takenAt: '2026-02-01T10:00:00.000Z', meeting: '2026-02-01' });
    expect(pack.changes?.changes.map((c) => [c.change, c.from, c.to])).toEqual([['rag', 'AMBER', 'RED']]);
  }, 60_000);
});
