/**
 * Provisions the schema on a SharePoint site: plan (GET only), then apply step by step.
 * `dryRun` prints the plan and writes nothing. A failure names the step; re-running picks up
 * where it stopped, because the plan is made again from what the site now has.
 */
import type { SPFI } from '@pnp/sp';
import { refusalOf } from '../src/adapters/sharepoint/sp-refusals';
import { TrackerError } from '../src/core/errors';
import { SCHEMA_VERSION } from '../src/schema/lists';
import { planProvisioning, type Step } from './plan';

export type ProvisionResult = Readonly<{ planned: readonly Step[]; applied: number }>;

export class ProvisionStepError extends Error {
  constructor(
    readonly step: Step,
    override readonly cause: unknown
  ) {
    super(`${step.kind} ${step.list}: ${step.what} failed: ${explain(cause)}. Nothing after it was written; run provisioning again to finish.`);
    this.name = 'ProvisionStepError';
  }
}

/**
 * SharePoint's refusals (403, the list view threshold, throttling that outlasts the retries,
 * 503/504) as the domain error the rest of the tracker gives, its sentence addressed to whoever
 * provisions: a 403 names the Sites.Selected role provisioning needs. Null for anything else.
 */
export function provisioningRefusal(error: unknown, what: string): TrackerError | null {
  return refusalOf(error, { what }, { write: true, principal: 'provisioner' });
}

/** What any other failure means for an admin. */
export function explain(error: unknown): string {
  const status = (error as { status?: number })?.status;
  if (status === 401) {
    return 'SharePoint did not accept the token (401): check the tenant id, client id and certificate; SharePoint rejects app-only tokens obtained with a client secret';
  }
  return provisioningRefusal(error, 'the site')?.message ?? (error as Error)?.message ?? String(error);
}

/** A refused step, as its domain error (FORBIDDEN, LIST_THRESHOLD, THROTTLED…), saying where provisioning stopped. */
function refusedStep(step: Step, error: unknown): TrackerError | null {
  const refusal = provisioningRefusal(error, `the ${step.list} list`);
  return refusal
    ? new TrackerError(refusal.code, `${step.kind} ${step.list}: ${step.what} failed: ${refusal.message} Nothing after it was written; run provisioning again to finish.`)
    : null;
}

export async function provision(sp: SPFI, options: { dryRun?: boolean; log: (line: string) => void }): Promise<ProvisionResult> {
  let planned: Step[];
  try {
    planned = await planProvisioning(sp);
  } catch (error) {
    const refusal = provisioningRefusal(error, 'the site');
    throw refusal ? new TrackerError(refusal.code, `reading the site failed: ${refusal.message}`) : new Error(`reading the site failed: ${explain(error)}`, { cause: error });
  }
  if (planned.length === 0) {
    options.log(`Nothing to do: the site already matches schema version ${SCHEMA_VERSION} (no write requests sent).`);
    return { planned, applied: 0 };
  }
  options.log(`${options.dryRun ? 'Would make' : 'Making'} ${planned.length} change${planned.length === 1 ? '' : 's'}:`);
  let applied = 0;
  for (const step of planned) {
    options.log(`  ${step.kind.padEnd(20)} ${step.list}: ${step.what}`);
    if (options.dryRun) {
      continue;
    }
    try {
      await step.run();
    } catch (error) {
      throw refusedStep(step, error) ?? new ProvisionStepError(step, error);
    }
    applied += 1;
  }
  options.log(options.dryRun ? 'Dry run: nothing was written.' : `Done: ${applied} change${applied === 1 ? '' : 's'} applied.`);
  return { planned, applied };
}
