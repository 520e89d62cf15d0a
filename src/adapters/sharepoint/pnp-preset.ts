/**
 * The one place PnPjs is set up (pnpjs's "project preset"): the SharePoint behaviours we
 * compose with `.using`, in the browser (token from MSAL) and in Node (certificate).
 * Importing a feature ("@pnp/sp/items") is what adds it to the fluent API, so all such
 * imports live here too.
 */
import { DefaultParse, type Queryable } from '@pnp/queryable';
import { spfi, type SPFI } from '@pnp/sp';
import { DefaultHeaders, DefaultInit } from '@pnp/sp/behaviors/defaults.js';
import { RequestDigest } from '@pnp/sp/behaviors/request-digest.js';
import '@pnp/sp/attachments/index.js';
import '@pnp/sp/batching.js';
import '@pnp/sp/fields/index.js';
import '@pnp/sp/items/index.js';
import '@pnp/sp/lists/index.js';
import '@pnp/sp/regional-settings/web.js';
import '@pnp/sp/security/index.js';
import '@pnp/sp/site-groups/index.js';
import '@pnp/sp/site-users/index.js';
import '@pnp/sp/views/index.js';
import '@pnp/sp/webs/index.js';
import { isIdempotent } from './idempotent';
import { isRetryable, retryAfterMs } from './retry-after';

export type TokenSource = () => Promise<string>;

/** Adds a fresh bearer token to every request (the token source caches and renews). */
export function TokenAuth(getToken: TokenSource) {
  return (instance: Queryable): Queryable => {
    instance.on.auth(async (url, init) => {
      init.headers = { ...(init.headers as Record<string, string>), Authorization: `Bearer ${await getToken()}` };
      return [url, init];
    });
    return instance;
  };
}

export type ThrottleOptions = Readonly<{
  /** attempts in total, the first included @default 4 */
  attempts?: number;
  /** wait when the response gives no Retry-After; doubles each time @default 500 */
  initialDelayMs?: number;
  /** for tests: how to wait */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  fetch?: typeof fetch;
}>;

/**
 * Sends with fetch and retries, a bounded number of times, waiting as long as `Retry-After`
 * says (seconds or HTTP date): 429 for every request, 503/504 only for idempotent ones (a
 * repeated add could create the row twice). Never any other status. Replaces PnPjs's
 * BrowserFetchWithRetry, which reads only the seconds form and retries every method.
 * What is still refused after the retries becomes a domain error in sp-refusals.ts.
 */
export function FetchHonouringRetryAfter(options: ThrottleOptions = {}) {
  const attempts = options.attempts ?? 4;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = options.now ?? (() => Date.now());
  return (instance: Queryable): Queryable => {
    instance.on.send.clear();
    instance.on.send(async (url, init) => {
      const doFetch = options.fetch ?? fetch;
      const idempotent = isIdempotent(url.toString(), init);
      let wait = options.initialDelayMs ?? 500;
      for (let attempt = 1; ; attempt += 1) {
        const response = await doFetch(url.toString(), init);
        if (!isRetryable(response.status, idempotent) || attempt >= attempts) {
          return response;
        }
        await sleep(retryAfterMs(response.headers.get('Retry-After'), now(), wait));
        wait *= 2;
      }
    });
    return instance;
  };
}

/** Node only: browsers drop User-Agent; SharePoint asks apps to identify themselves. */
export function AppUserAgent(userAgent: string) {
  return (instance: Queryable): Queryable => {
    instance.on.pre(async (url, init, result) => {
      init.headers = { ...(init.headers as Record<string, string>), 'User-Agent': userAgent };
      return [url, init, result];
    });
    return instance;
  };
}

export type SharePointConnection = Readonly<{
  /** https://contoso.sharepoint.com/sites/governance */
  siteUrl: string;
  getToken: TokenSource;
  /** e.g. "NONISV|ActionTracker|ActionTracker/0.1" (Node entry points) */
  userAgent?: string;
  throttle?: ThrottleOptions;
}>;

export function createSp(connection: SharePointConnection): SPFI {
  const sp = spfi(connection.siteUrl).using(
    DefaultHeaders(),
    DefaultInit(),
    FetchHonouringRetryAfter(connection.throttle),
    DefaultParse(),
    RequestDigest(),
    TokenAuth(connection.getToken)
  );
  return connection.userAgent ? sp.using(AppUserAgent(connection.userAgent)) : sp;
}
