/**
 * Provisions the schema on a SharePoint site: plan (GET only), then apply step by step.
 * `dryRun` prints the plan and writes nothing. A failure names the step; re-running picks up
 * where it stopped, because the plan is made again from what the site now has.
 */
import type { SPFI } from '@pnp/sp';
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

/** What SharePoint's refusal means for an admin. */
export function explain(error: unknown): string {
  const status = (error as { status?: number })?.status;
  if (status === 401) {
    return 'SharePoint did not accept the token (401): check the tenant id, client id and certificate; SharePoint rejects app-only tokens obtained with a client secret';
  }
  if (status === 403) {
    // Provisioning creates a permission level and sets the Updates list's permissions, which
    // needs ManagePermissions: in Sites.Selected only the 'fullcontrol' role gives it ('manage'
    // is about lists and libraries, not permissions). See README, "Provisioning permissions".
    return "access denied (403): provisioning needs Sites.Selected (application) with the 'fullcontrol' role granted on this site (Graph: POST /sites/{site-id}/permissions with roles: [\"fullcontrol\"]), or run it as a site owner; the app itself needs only 'write' afterwards";
  }
  return (error as Error)?.message ?? String(error);
}

export async function provision(sp: SPFI, options: { dryRun?: boolean; log: (line: string) => void }): Promise<ProvisionResult> {
  let planned: Step[];
  try {
    planned = await planProvisioning(sp);
  } catch (error) {
    throw new Error(`reading the site failed: ${explain(error)}`, { cause: error });
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
      throw new ProvisionStepError(step, error);
    }
    applied += 1;
  }
  options.log(options.dryRun ? 'Dry run: nothing was written.' : `Done: ${applied} change${applied === 1 ? '' : 's'} applied.`);
  return { planned, applied };
}
