/**
 * Failures the fake can be told to answer, as SharePoint Online answers them:
 * - 429 Too Many Requests with Retry-After (seconds or an HTTP date); SharePoint's body is the
 *   text "429 TOO MANY REQUESTS" (sp-dev-docs#2547), not OData JSON;
 * - 503 Service Unavailable with Retry-After (Microsoft's throttling guidance: "the service is
 *   not ready to handle the request"), and 504 Gateway Timeout;
 * - 403 with the odata.error SharePoint sends when access is denied
 *   (-2147024891, System.UnauthorizedAccessException);
 * - `threshold`: the 500 SharePoint answers a query past the list view threshold
 *   (-2147024860, SPQueryThrottledException), for requests whose list the fake does not fill.
 * `afterHandling` applies the request first and then answers the fault: the write happened but
 * its answer was lost, which is why a 503 on a non-idempotent POST must not be repeated.
 */
import { HttpResponse } from 'msw';
import { odataError } from './odata';

export type FaultedRequest = Readonly<{ method: string; verb: string; url: URL; user: string | null }>;

export type FakeFault = {
  status: 403 | 429 | 503 | 504 | 'threshold';
  /** Retry-After as SharePoint sends it: seconds ("120") or an HTTP date */
  retryAfter?: string;
  /** how many matching top-level requests answer so */
  times: number;
  /** only requests this accepts (default: every request) */
  when?: (request: FaultedRequest) => boolean;
  /** the request is applied, then the fault is answered instead of its response */
  afterHandling?: boolean;
};

const STATUS_TEXT: Record<Exclude<FakeFault['status'], 'threshold'>, string> = {
  403: 'Forbidden',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function faultResponse(fault: FakeFault): Response {
  if (fault.status === 403) {
    return odataError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied. You do not have permission to perform this action or access this resource.');
  }
  if (fault.status === 'threshold') {
    return odataError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', 'The attempted operation is prohibited because it exceeds the list view threshold.');
  }
  const headers: Record<string, string> = { 'Content-Type': 'text/plain; charset=utf-8' };
  if (fault.retryAfter !== undefined) {
    headers['Retry-After'] = fault.retryAfter;
  }
  const body = fault.status === 504 ? '' : `${fault.status} ${STATUS_TEXT[fault.status].toUpperCase()}`;
  return new HttpResponse(body, { status: fault.status, statusText: STATUS_TEXT[fault.status], headers });
}

/** The first fault that answers this request, counted down; null when none does. */
export function takeFault(faults: FakeFault[], request: FaultedRequest): FakeFault | null {
  const index = faults.findIndex((f) => f.times > 0 && (f.when?.(request) ?? true));
  if (index < 0) {
    return null;
  }
  const fault = faults[index] as FakeFault;
  fault.times -= 1;
  if (fault.times === 0) {
    faults.splice(index, 1);
  }
  return fault;
}
