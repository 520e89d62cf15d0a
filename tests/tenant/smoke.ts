/**
 * The live smoke test's steps: what a deployment must be able to do on a real tenant before
 * anyone relies on it. The same steps run in `npm test` against the SharePoint and Graph fakes
 * (so they can fail), and against a real site only through `npm run test:tenant`.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { buildManifest } from '../../manifest/build-manifest';
import { validateManifest } from '../../manifest/package';
import { provision } from '../../lists-provisioning/provision';
import type { M365Settings } from '../../src/config/settings';
import { SharePointBoardPeople } from '../../src/adapters/sharepoint/sharepoint-board-people';
import { parseIsoDate } from '../../src/core/dates';
import { newWorkstream } from '../../src/core/records';
import { listAt } from '../../src/adapters/sharepoint/list-address';
import type { Action, Inspection, ItemId, ListRecords, Workstream } from '../../src/core/model';
import type { Directory } from '../../src/ports/directory';
import type { TrackerStore } from '../../src/ports/tracker-store';
import { listDef } from '../../src/schema/lookup';
import { anAction } from '../helpers/builders';

export type SmokeTarget = Readonly<{
  sp: SPFI;
  store: TrackerStore;
  directory: Directory;
  settings: M365Settings;
  /** what the directory should find, e.g. the admin running the test (TRACKER_SMOKE_PERSON) */
  person: string;
  log: (line: string) => void;
  now?: () => Date;
}>;

export class SmokeFailure extends Error {
  constructor(step: string, problem: string) {
    super(`${step}: ${problem}`);
    this.name = 'SmokeFailure';
  }
}

/**
 * What the smoke test seeds, each marked with the run's stamp: a board, a workstream under it,
 * two actions in the workstream and an inspection of the board — every lookup the tab follows
 * (action → workstream → board, inspection → board) is written once on the real site.
 */
const seedName = (stamp: string, what: string) => `Action Tracker smoke test ${stamp}: ${what} (safe to delete)`;

function smokeWorkstream(stamp: string, boardId: ItemId): Workstream {
  return newWorkstream({
    kind: 'workstream',
    title: seedName(stamp, 'workstream'),
    ref: `SMOKE-${stamp}`,
    boardId,
    description: 'Created by npm run test:tenant',
    projectRag: 'GREEN',
    ownerText: 'smoke test',
    sourceKey: `smoke:${stamp}:workstream`,
  });
}

function smokeAction(stamp: string, n: number, workstreamId: ItemId, dueText: string): Action {
  return anAction({
    ref: `SMOKE-${stamp}-${n}`,
    title: seedName(stamp, `action ${n}`),
    workstreamId,
    ownerText: 'smoke test',
    owner: null,
    dueText,
    progress: 'Created by npm run test:tenant',
    protectedCharacteristics: [],
    sourceKey: `smoke:${stamp}:action-${n}`,
  });
}

function smokeInspection(stamp: string, boardId: ItemId): Inspection {
  return {
    title: seedName(stamp, 'inspection'),
    bodies: ['HMICFRS'],
    scope: 'force',
    reportType: null,
    publishedText: '1 March 2027',
    published: parseIsoDate('2027-03-01'),
    sourceSummary: null,
    boardId,
    sourceKey: `smoke:${stamp}:inspection`,
  };
}

type SeededItem = Readonly<{ list: 'boards' | 'workstreams' | 'actions' | 'inspections'; id: ItemId }>;

/** Runs every step in order; throws SmokeFailure naming the first that fails. */
export async function runTenantSmoke(target: SmokeTarget): Promise<void> {
  const { sp, store, directory, settings, log } = target;
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    try {
      const result = await run();
      log(`ok   ${name}`);
      return result;
    } catch (error) {
      if (error instanceof SmokeFailure) {
        throw error;
      }
      throw new SmokeFailure(name, (error as Error).message);
    }
  };

  await step('provisioning (the schema on the site; a re-run adds only what is missing)', async () => {
    await provision(sp, { dryRun: false, log: () => undefined });
    const again = await provision(sp, { dryRun: true, log: () => undefined });
    if (again.planned.length > 0) {
      throw new SmokeFailure('provisioning', `a second run still plans ${again.planned.length} change(s)`);
    }
  });

  const stamp = (target.now ?? (() => new Date()))().toISOString().replace(/\D/g, '').slice(0, 14);
  // what was written, in order, so that clean-up removes exactly it (children first) even when a later step fails
  const seeded: SeededItem[] = [];
  const add = async <L extends SeededItem['list']>(list: L, record: ListRecords[L]) => {
    const added = await store.add(list, record);
    seeded.push({ list, id: added.id });
    return added;
  };

  try {
    const first = await step('seed: a board, a workstream, two actions and an inspection are written and read back, lookups and due dates intact', async () => {
      const board = await add('boards', { title: seedName(stamp, 'board'), programme: null, sourceKey: `smoke:${stamp}:board` });
      const workstream = await add('workstreams', smokeWorkstream(stamp, board.id));
      const one = await add('actions', smokeAction(stamp, 1, workstream.id, '31 March 2027'));
      const two = await add('actions', smokeAction(stamp, 2, workstream.id, '30/06/2027'));
      const report = await add('inspections', smokeInspection(stamp, board.id));
      const [ws, a1, a2, inspection] = await Promise.all([store.get('workstreams', workstream.id), store.get('actions', one.id), store.get('actions', two.id), store.get('inspections', report.id)]);
      if (a1?.dueDate !== '2027-03-31' || a2?.dueDate !== '2027-06-30') {
        throw new SmokeFailure('seed', `the due dates came back as ${JSON.stringify(a1?.dueDate)} and ${JSON.stringify(a2?.dueDate)}, not "2027-03-31" and "2027-06-30" (check the site's time zone)`);
      }
      if (ws?.boardId !== board.id || a1.workstreamId !== workstream.id || a2.workstreamId !== workstream.id || inspection?.boardId !== board.id) {
        throw new SmokeFailure('seed', 'a lookup came back empty or pointing elsewhere: the workstream should name the board, the actions the workstream and the inspection the board');
      }
      return one;
    });

    await step('an edit at the current version saves; one at an old version is refused (412)', async () => {
      const saved = await store.update('actions', first.id, first.version, { progress: 'Edited by npm run test:tenant' });
      const refused = await store.update('actions', first.id, first.version, { progress: 'A stale edit' }).then(
        () => null,
        (error: unknown) => error as { code?: string }
      );
      if (refused?.code !== 'VERSION_CONFLICT') {
        throw new SmokeFailure('412', `a stale edit was ${refused ? `refused with ${refused.code ?? 'no code'}` : 'accepted'}, not refused as a version conflict`);
      }
      return saved;
    });
  } finally {
    await step('clean up: what the smoke test seeded goes to the site’s recycle bin', async () => {
      const left: string[] = [];
      // children before what they look up, so no lookup is left pointing at a recycled item
      for (const item of [...seeded].reverse()) {
        await listAt(sp, settings.siteUrl, listDef(item.list))
          .items.getById(Number(item.id))
          .recycle()
          .catch((error: unknown) => left.push(`${listDef(item.list).title} item ${item.id} (${(error as Error).message})`));
      }
      if (left.length > 0) {
        throw new SmokeFailure('clean up', `not recycled, delete by hand: ${left.join('; ')}`);
      }
    });
  }

  await step(`Graph: "${target.person}" is found in the directory, by search and by id`, async () => {
    const found = await directory.search(target.person, 5);
    const first = found[0];
    if (!first) {
      throw new SmokeFailure('Graph', `no one matches ${JSON.stringify(target.person)}`);
    }
    const again = await directory.get(first.id);
    if (again?.id !== first.id) {
      throw new SmokeFailure('Graph', `${first.id} was found by search but not by id`);
    }
  });

  await step('board roles: the site’s Board Secretaries and Board Leads groups and their members are readable with the app’s grant', async () => {
    // the reminder job reads these with the same app-only Sites.Selected grant; a group whose
    // membership only its members may see is refused here rather than on the first reminder run
    const people = new SharePointBoardPeople(sp);
    const secretaries = await people.secretaries(null);
    if (secretaries.length === 0) {
      throw new SmokeFailure('board roles', 'no one is in a "Board Secretaries" group the app can read: add the board’s secretaries, and set the group’s "Who can view the membership of the group" to Everyone');
    }
  });

  await step('the Teams app package validates against Microsoft’s schema', async () => {
    const errors = await validateManifest(buildManifest(settings));
    if (errors.length > 0) {
      throw new SmokeFailure('package', errors.join('; '));
    }
  });
}
