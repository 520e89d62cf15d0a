/**
 * What stands between local mode's unauthenticated API and every other page in the browser.
 * Local mode has no sign-in (identity is a header the tab sets), so three checks keep other
 * sites out:
 * - DNS rebinding: a foreign name that resolves to 127.0.0.1 makes the browser treat this
 *   server as that name's origin. Only requests addressed to our own names and port are
 *   answered (421 otherwise), so such a page never reaches the API or the page itself.
 * - Cross-site writes: a state-changing request whose `Origin` is not ours is refused.
 * - A per-launch secret, set with the page as an HttpOnly, SameSite=Strict cookie, is
 *   required by the API: only a page this server handed out (or a client told the secret)
 *   can call it.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { networkInterfaces, hostname } from 'node:os';
import { HttpError } from './http-util';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** True for the addresses and names that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/** `host:port` as a browser writes it in `Host` (IPv6 in brackets, port 80 left out). */
function hostWithPort(name: string, port: number): string[] {
  const n = name.includes(':') && !name.startsWith('[') ? `[${name}]` : name;
  return port === 80 ? [n.toLowerCase(), `${n.toLowerCase()}:80`] : [`${n.toLowerCase()}:${port}`];
}

/**
 * The `Host` values this server answers: its loopback names, plus, when it was told to
 * listen on the network, the address it was given (for 0.0.0.0 / ::, every address of the
 * machine and its host name).
 */
export function allowedHosts(bindHost: string, port: number): Set<string> {
  const names = new Set(['127.0.0.1', 'localhost', '::1']);
  if (!isLoopbackHost(bindHost)) {
    if (bindHost === '0.0.0.0' || bindHost === '::') {
      for (const list of Object.values(networkInterfaces())) {
        for (const a of list ?? []) {
          names.add(a.address.replace(/%.*$/, ''));
        }
      }
      names.add(hostname());
    } else {
      names.add(bindHost);
    }
  } else {
    names.add(bindHost);
  }
  return new Set([...names].flatMap((n) => hostWithPort(n, port)));
}

export type RequestGuard = Readonly<{
  /** the cookie's name: per port, so two servers on one machine keep their own */
  cookieName: string;
  secret: string;
  /** `Set-Cookie` for responses that carry the page */
  setCookie: string;
  /** `Cookie` for clients outside the browser (tests, benches) that were told the secret */
  cookie: string;
  /** throws 421 for a foreign `Host`, 403 for a state-changing request from a foreign `Origin` */
  checkAddress: (req: IncomingMessage) => void;
  /** throws 403 unless the request carries this launch's secret */
  checkSecret: (req: IncomingMessage) => void;
}>;

export function createRequestGuard(bindHost: string, port: number, secret = randomBytes(32).toString('base64url')): RequestGuard {
  const hosts = allowedHosts(bindHost, port);
  const origins = new Set([...hosts].map((h) => `http://${h}`));
  const cookieName = `tracker_session_${port}`;
  const expected = Buffer.from(secret);
  return {
    cookieName,
    secret,
    setCookie: `${cookieName}=${secret}; Path=/; HttpOnly; SameSite=Strict`,
    cookie: `${cookieName}=${secret}`,
    checkAddress: (req) => {
      const host = (req.headers.host ?? '').toLowerCase();
      if (!hosts.has(host)) {
        throw new HttpError(421, 'MISDIRECTED_REQUEST', `this server answers only at its own address, not ${JSON.stringify(host.slice(0, 100))}`);
      }
      const origin = req.headers.origin;
      if (!SAFE_METHODS.has(req.method ?? 'GET') && origin !== undefined && !origins.has(origin.toLowerCase())) {
        throw new HttpError(403, 'FOREIGN_ORIGIN', `a request from another site (${JSON.stringify(origin.slice(0, 100))}) may not change anything here`);
      }
    },
    checkSecret: (req) => {
      const given = readCookie(req.headers.cookie, cookieName);
      const ok = given !== null && given.length === secret.length && timingSafeEqual(Buffer.from(given), expected);
      if (!ok) {
        throw new HttpError(403, 'NO_SESSION', 'this page did not come from this server (or the server has restarted since): reload the page');
      }
    },
  };
}

function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      return part.slice(eq + 1).trim();
    }
  }
  return null;
}
