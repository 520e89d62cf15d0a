import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSp } from '../../../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../../../src/adapters/sharepoint/sharepoint-store';
import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store';
import { DEFAULT_REMINDER_POLICY } from '../../../src/core/reminder-policy';
import { runReminders } from '../../../src/jobs/reminders/run-reminders';
import { SITE, startFakeSite } from '../../fakes/provisioned-site';
import { FakeTenantDirectory } from '../../fakes/tenant-directory';
import { reminderRunContract } from './run-reminders.contract';
import { RecordingNotifier, TODAY, boardPeople, seedFixture } from './reminder-fixture';

let site: ReturnType<typeof startFakeSite>;
beforeAll(() => {
  // the run's people are made up as the suite goes: everyone at colp.example is in this tenant
  site = startFakeSite({ directory: new FakeTenantDirectory(['colp.example']) });
});
afterAll(() => site.close());

reminderRunContract('SQLite', () => new SqliteStore());
reminderRunContract('SharePoint (HTTP-level fake)', () =>
  new SharePointStore(createSp({ siteUrl: SITE, getToken: async () => 't', throttle: { sleep: async () => undefined } }), SITE)
);

describe('reminder run options', () => {
  it('refuses a board that does not exist, naming the boards there are', async () => {
    const store = new SqliteStore();
    await seedFixture(store, 'x');
    await expect(
      runReminders({ store, notifier: new RecordingNotifier(), people: boardPeople() }, { today: TODAY, now: () => new Date(), policy: DEFAULT_REMINDER_POLICY, board: 'Nope' })
    ).rejects.toThrow('board: no such board; boards: E&I Board x ("Nope")');
  });
});
