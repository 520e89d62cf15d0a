/**
 * SharePoint's refusals as domain errors with a code and a sentence a person can act on,
 * instead of PnPjs's "Error making HttpClient request in queryable [500] ::> {…}":
 * - 403 (or 401 with System.UnauthorizedAccessException: access denied) → FORBIDDEN
 * - 500 carrying SPQueryThrottledException (-2147024860), the list view threshold → LIST_THRESHOLD
 * - 429 still answered after the retries → THROTTLED (with the last Retry-After)
 * - 503/504 after the retries, or on a write that could not be retried → UNAVAILABLE
 * Anything else (404, 412, a duplicate value…) is left for the caller, which knows what it means.
 */
import { ForbiddenError, ListThresholdError, ThrottledError, UnavailableError, type TrackerError } from '../../core/errors';
import { askedWaitMs } from './retry-after';

type HttpRequestErrorLike = Error & { status?: number; response?: Response };

/** SharePoint's own HRESULT for the list view threshold, and the exception that carries it. */
const THRESHOLD = /-2147024860|SPQueryThrottledException/;
const ACCESS_DENIED = /-2147024891|System\.UnauthorizedAccessException/;

/**
 * Whose permission to ask for: the signed-in person's (tab), the app's (CLI, jobs), or the app's
 * while it provisions (`tracker provision`, which needs more of the site than day-to-day work).
 */
export type Principal = 'person' | 'app' | 'provisioner';

const ASK: Readonly<Record<Principal, string>> = {
  person: 'Ask the site’s owner to add you to the site’s Members (to update items) or Visitors (to read them).',
  app: 'An administrator grants the app “write” on the site (Sites.Selected; “fullcontrol” for tracker provision).',
  // README, "Provisioning permissions": a permission level and the Updates list's own permissions
  // take Manage Permissions, which of the Sites.Selected roles only fullcontrol carries
  provisioner:
    'Provisioning needs Sites.Selected (application) with the “fullcontrol” role granted on this site (Graph: POST /sites/{site-id}/permissions with roles ["fullcontrol"]), or a site owner to run it; the app needs only “write” afterwards.',
};

function forbidden(what: string, principal: Principal): ForbiddenError {
  const whom = principal === 'person' ? 'you' : 'Action Tracker’s app';
  return new ForbiddenError(`SharePoint refused ${whom} access to ${what}. ${ASK[principal]}`);
}

/**
 * What was asked for: a list by its title (`what` may name it better, e.g. a document library),
 * or something else the site has (its groups, its regional settings).
 */
export type RefusalSubject = Readonly<{ list: string; what?: string }> | Readonly<{ what: string; list?: undefined }>;

/**
 * The domain error for a SharePoint refusal, or null when the error is not one of these.
 * `write` says whether a 503/504 may have left a change half-known.
 */
export function refusalOf(error: unknown, subject: RefusalSubject, options: { write: boolean; principal?: Principal }): TrackerError | null {
  const what = subject.what ?? `the ${subject.list} list`;
  const e = error as HttpRequestErrorLike | null;
  const status = typeof e?.status === 'number' ? e.status : null;
  if (status === null) {
    return null;
  }
  const text = String(e?.message ?? '');
  if (status === 403 || (status === 401 && ACCESS_DENIED.test(text))) {
    return forbidden(what, options.principal ?? 'person');
  }
  if (THRESHOLD.test(text) && (status === 500 || status === 400)) {
    return new ListThresholdError(subject.list ?? what.replace(/^the /, ''));
  }
  if (status === 429) {
    const asked = askedWaitMs(e?.response?.headers?.get('Retry-After') ?? null, Date.now());
    return new ThrottledError(asked === null ? null : Math.ceil(asked / 1000));
  }
  if (status === 503 || status === 504) {
    return new UnavailableError(options.write);
  }
  return null;
}

/** Rethrows a SharePoint refusal as its domain error; any other error as it came. */
export function rethrowRefusal(subject: RefusalSubject, options: { write: boolean; principal?: Principal }) {
  return (error: unknown): never => {
    throw refusalOf(error, subject, options) ?? error;
  };
}
