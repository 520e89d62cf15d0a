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
import type { Action } from '../../src/core/model';
import type { Directory } from '../../src/ports/directory';
import type { TrackerStore } from '../../src/ports/tracker-store';
import { LISTS } from '../../src/schema/lists';
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

function smokeAction(stamp: string): Action {
  return anAction({
    ref: `SMOKE-${stamp}`,
    title: `Action Tracker smoke test ${stamp} (safe to delete)`,
    ownerText: 'smoke test',
    owner: null,
    dueText: '31 March 2027',
    progress: 'Created by npm run test:tenant',
    protectedCharacteristics: [],
    sourceKey: `smoke:${stamp}`,
  });
}

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
  const created = await step('seed: an action is written and read back with its derived due date', async () => {
    const added = await store.add('actions', smokeAction(stamp));
    const read = await store.get('actions', added.id);
    if (read?.dueDate !== '2027-03-31') {
      throw new SmokeFailure('seed', `the due date came back as ${JSON.stringify(read?.dueDate)}, not "2027-03-31" (check the site's time zone)`);
    }
    return added;
  });

  try {
    await step('an edit at the current version saves; one at an old version is refused (412)', async () => {
      const saved = await store.update('actions', created.id, created.version, { progress: 'Edited by npm run test:tenant' });
      const refused = await store.update('actions', created.id, created.version, { progress: 'A stale edit' }).then(
        () => null,
        (error: unknown) => error as { code?: string }
      );
      if (refused?.code !== 'VERSION_CONFLICT') {
        throw new SmokeFailure('412', `a stale edit was ${refused ? `refused with ${refused.code ?? 'no code'}` : 'accepted'}, not refused as a version conflict`);
      }
      return saved;
    });
  } finally {
    await step('clean up: the smoke action goes to the site’s recycle bin', async () => {
      const title = LISTS.find((l) => l.key === 'actions')?.title ?? 'Actions';
      await sp.web.lists.getByTitle(title).items.getById(created.id as number).recycle();
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
