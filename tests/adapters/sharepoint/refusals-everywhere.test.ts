/**
 * SharePoint's refusals become domain errors in every SharePoint adapter, not only the list
 * store: a 403 → FORBIDDEN, the list view threshold → LIST_THRESHOLD, a 429 that outlasts the
 * retries → THROTTLED, each with a sentence a person (or, for the app, an administrator) can act
 * on, never PnPjs's request dump. Against the HTTP-level fake, its faults answered as
 * SharePoint answers them.
 */
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { provision } from '../../../lists-provisioning/provision';
import { createSp } from '../../../src/adapters/sharepoint/pnp-preset';
import { SharePointBoardPeople } from '../../../src/adapters/sharepoint/sharepoint-board-people';
import { SharePointFileShelf } from '../../../src/adapters/sharepoint/sharepoint-file-shelf';
import { SharePointSnapshotStore } from '../../../src/adapters/sharepoint/sharepoint-snapshot-store';
import { SharePointStore } from '../../../src/adapters/sharepoint/sharepoint-store';
import { SharePointEvidenceStore } from '../../../src/adapters/sharepoint/sp-evidence';
import type { BoardSnapshot } from '../../../src/core/board-changes';
import type { ItemId } from '../../../src/core/model';
import { SITE, startFakeSite } from '../../fakes/provisioned-site';
import { FakeSharePoint, type FakeFault } from '../../fakes/sharepoint-fake';
import { anAction } from '../../helpers/builders';

let site: ReturnType<typeof startFakeSite>;
let actionId: ItemId;

const sp = (token = 'user:d.service@colp.example') => createSp({ siteUrl: SITE, getToken: async () => token, throttle: { attempts: 2, sleep: async () => undefined } });

beforeAll(async () => {
  site = startFakeSite();
  site.fake.addUser('d.service@colp.example', 'T/Supt. Service');
  site.fake.createList('Documents', 101);
  actionId = (await new SharePointStore(sp(), SITE).add('actions', anAction({ title: 'Has evidence' }))).id;
});
afterAll(() => site.close());
beforeEach(() => {
  site.fake.faults.length = 0;
});

const THREE: ReadonlyArray<Readonly<{ name: string; fault: Omit<FakeFault, 'when'>; code: string }>> = [
  { name: '403', fault: { status: 403, times: 1 }, code: 'FORBIDDEN' },
  { name: 'the list view threshold', fault: { status: 'threshold', times: 1 }, code: 'LIST_THRESHOLD' },
  // two attempts, then no more retries: the 429 outlasts them
  { name: 'a 429 after the retries', fault: { status: 429, retryAfter: '120', times: 2 }, code: 'THROTTLED' },
];

/** The error `run` ends with while SharePoint answers `fault`; its message must be a sentence, not a request dump. */
async function refusalOf(fault: Omit<FakeFault, 'when'>, run: () => Promise<unknown>): Promise<Error & { code?: string }> {
  site.fake.faults.push({ ...fault });
  const error = (await run().then(
    () => new Error('no refusal'),
    (e: unknown) => e
  )) as Error & { code?: string };
  expect(error.message).not.toMatch(/HttpClient|queryable|odata|::>/);
  return error;
}

const SENTENCES: Record<string, RegExp> = {
  THROTTLED: /^SharePoint is busy and asked Action Tracker to slow down\. Wait 2 minutes and try again/,
};

const snapshot: BoardSnapshot = { board: 'Refused board', boardId: 7, takenAt: '2026-12-01T10:00:00.000Z' } as unknown as BoardSnapshot;

const ADAPTERS: ReadonlyArray<Readonly<{ adapter: string; run: () => Promise<unknown>; forbidden: RegExp; threshold: RegExp }>> = [
  {
    adapter: 'snapshots (tab): the newest of a board',
    run: () => new SharePointSnapshotStore(sp(), SITE).latest(7),
    forbidden: /^SharePoint refused you access to the Snapshots library\. Ask the site’s owner to add you/,
    threshold: /^The Snapshots list holds more than 5,000 items/,
  },
  {
    adapter: 'snapshots (CLI, app-only): freezing one',
    run: () => new SharePointSnapshotStore(sp('app-only'), SITE, 'app').freeze(snapshot),
    forbidden: /^SharePoint refused Action Tracker’s app access to the Snapshots library\. An administrator grants the app “write”/,
    threshold: /^The Snapshots list holds more than 5,000 items/,
  },
  {
    adapter: 'the file shelf: an export for Teams mobile',
    run: () => new SharePointFileShelf(sp(), SITE).put('items.xlsx', new TextEncoder().encode('PK')),
    forbidden: /^SharePoint refused you access to the site’s Documents library \(the team’s Files\)\. Ask the site’s owner/,
    threshold: /^The Documents list holds more than 5,000 items/,
  },
  {
    adapter: 'board people (jobs, bot): the secretaries',
    run: () => new SharePointBoardPeople(sp('app-only')).secretaries('Board A'),
    forbidden: /^SharePoint refused Action Tracker’s app access to the site’s groups\. An administrator grants the app “write”/,
    threshold: /^The site’s groups list holds more than 5,000 items/,
  },
  {
    adapter: 'evidence: the files attached to an item',
    run: () => new SharePointEvidenceStore(sp(), SITE).files('actions', actionId),
    forbidden: /^SharePoint refused you access to the Actions list\. Ask the site’s owner/,
    threshold: /^The Actions list holds more than 5,000 items/,
  },
  {
    adapter: 'evidence: attaching a file',
    run: () => new SharePointEvidenceStore(sp(), SITE).attach('actions', actionId, { name: 'proof.pdf', size: 4, type: 'application/pdf' }, new TextEncoder().encode('%PDF')),
    forbidden: /^SharePoint refused you access to the Actions list\. Ask the site’s owner/,
    threshold: /^The Actions list holds more than 5,000 items/,
  },
];

describe.each(ADAPTERS)('$adapter', ({ run, forbidden, threshold }) => {
  it.each(THREE)('$name → $code with its sentence', async ({ fault, code }) => {
    const error = await refusalOf(fault, run);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(code === 'FORBIDDEN' ? forbidden : code === 'LIST_THRESHOLD' ? threshold : (SENTENCES[code] as RegExp));
  });
});

describe('provisioning (the app, with more of the site than day-to-day work needs)', () => {
  const provisionSite = () => {
    const fake = new FakeSharePoint(SITE);
    const server = setupServer(...fake.handlers());
    server.listen({ onUnhandledRequest: 'error' });
    return { fake, close: () => server.close() };
  };

  beforeAll(() => site.close());
  afterAll(() => {
    site = startFakeSite();
  });

  it.each(THREE)('$name while reading the site → $code with its sentence', async ({ fault, code }) => {
    const other = provisionSite();
    try {
      other.fake.faults.push({ ...fault });
      const error = (await provision(sp('app-only'), { log: () => undefined }).catch((e: unknown) => e)) as Error & { code?: string };
      expect(error.code).toBe(code);
      expect(error.message).not.toMatch(/HttpClient|queryable|odata|::>/);
      if (code === 'FORBIDDEN') {
        expect(error.message).toBe(
          'reading the site failed: SharePoint refused Action Tracker’s app access to the site. Provisioning needs Sites.Selected (application) with the “fullcontrol” role granted on this site (Graph: POST /sites/{site-id}/permissions with roles ["fullcontrol"]), or a site owner to run it; the app needs only “write” afterwards.'
        );
      }
    } finally {
      other.close();
    }
  });

  it('a step refused part way is FORBIDDEN, names the step and the role, and says to run it again', async () => {
    const other = provisionSite();
    try {
      let fields = 0;
      other.fake.faults.push({ status: 403, times: 1, when: (r) => r.method !== 'GET' && /createFieldAsXml/i.test(r.url.pathname) && ++fields === 3 });
      const error = (await provision(sp('app-only'), { log: () => undefined }).catch((e: unknown) => e)) as Error & { code?: string };
      expect(error.code).toBe('FORBIDDEN');
      expect(error.message).toMatch(/^create-field \w+: .+ failed: SharePoint refused Action Tracker’s app access to the \w+ list\. Provisioning needs Sites\.Selected .*“fullcontrol”.* Nothing after it was written; run provisioning again to finish\.$/);
    } finally {
      other.close();
    }
  });
});
