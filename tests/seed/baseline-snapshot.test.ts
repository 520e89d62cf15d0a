import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSp } from '../../src/adapters/sharepoint/pnp-preset';
import { SharePointSnapshotStore } from '../../src/adapters/sharepoint/sharepoint-snapshot-store';
import { SharePointStore } from '../../src/adapters/sharepoint/sharepoint-store';
import { seedBaselineSnapshot, newMarkers } from '../../src/seed/baseline-snapshot';
import { loadSeed } from '../../src/seed/load-seed';
import { LOCAL_PEOPLE } from '../../src/seed/people';
import { readSeed } from '../../src/seed/read-seed';
import { planSeed } from '../../src/seed/seed-plan';
import { changesSince, findBoard, loadBoardContent } from '../../src/services/board-pack';
import { SITE, startFakeSite } from '../fakes/provisioned-site';

describe('seed 004’s NEW markers', () => {
  it('are 15 NEW GREEN, 1 NEW WHITE and 1 NEW CLOSED', () => {
    const seed = readSeed();
    const statuses = seed.tracker.reports.flatMap((r) => r.items.filter((i) => /^NEW /.test(i.status)).map((i) => i.status));
    expect(statuses.filter((s) => s === 'NEW GREEN')).toHaveLength(15);
    expect(statuses.filter((s) => s === 'NEW WHITE')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'NEW CLOSED')).toHaveLength(1);
    expect(newMarkers(seed)).toHaveLength(17);
  });
});

describe('the baseline snapshot on SharePoint (a JSON file in the Snapshots library, HTTP-level fake)', () => {
  let site: ReturnType<typeof startFakeSite>;
  beforeAll(() => {
    site = startFakeSite();
    for (const person of LOCAL_PEOPLE) {
      site.fake.addUser(person.id, person.displayName);
    }
  });
  afterAll(() => site.close());
  const sp = () => createSp({ siteUrl: SITE, getToken: async () => 'app-token', throttle: { sleep: async () => undefined } });

  it('is frozen once, and the tracker then shows exactly the 17 changes', async () => {
    const store = new SharePointStore(sp(), SITE);
    const snapshots = new SharePointSnapshotStore(sp(), SITE);
    await loadSeed(store, planSeed(readSeed(), LOCAL_PEOPLE));
    expect(await seedBaselineSnapshot(store, snapshots, readSeed(), new Date('2026-01-01T00:00:00Z'))).not.toBeNull();
    expect(await seedBaselineSnapshot(store, snapshots, readSeed(), new Date('2026-01-02T00:00:00Z'))).toBeNull();
    expect([...(site.fake.list('Snapshots')?.items.values() ?? [])].map((i) => i.data.FileLeafRef)).toEqual(['hmicfrs-report-recommendations-2026-01-01T00-00-00-000Z.json']);
    const content = await loadBoardContent(store, await findBoard(store, 'HMICFRS Report Recommendations'));
    const report = await changesSince(store, snapshots, content);
    expect(report.since).toEqual({ takenAt: '2026-01-01T00:00:00.000Z', meeting: null });
    expect(report.changes).toHaveLength(17);
  }, 120_000);
});
