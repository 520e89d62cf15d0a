/**
 * Where `tracker serve` listens, and what it says about it. Local mode has no sign-in, so
 * it listens on this machine only unless told plainly otherwise: the generic `HOST`
 * variable (which many shells and containers set to 0.0.0.0) is not read, and a
 * non-loopback `--host` needs `--allow-network`.
 */
import { networkInterfaces } from 'node:os';
import { isLoopbackHost } from '../server/request-guard';
import { UsageError } from './args';

export function bindHost(host: string | undefined, allowNetwork: boolean): string {
  const h = (host ?? '127.0.0.1').trim();
  if (h === '' || /\s/.test(h)) {
    throw new UsageError(`--host: must be an address such as 127.0.0.1 (got ${JSON.stringify(host)})`);
  }
  if (!isLoopbackHost(h) && !allowNetwork) {
    throw new UsageError(
      `--host ${h} would let other machines use local mode, which has no sign-in: anyone who can reach it can read and change everything. Add --allow-network if that is what you mean.`
    );
  }
  return h;
}

/** The lines `serve` prints once it listens: every address it really answers on, and a warning off loopback. */
export function bannerLines(boundHost: string, url: string): string[] {
  if (isLoopbackHost(boundHost)) {
    return [`Action Tracker (local mode) is running at ${url}/`];
  }
  const port = new URL(url).port;
  const everywhere = boundHost === '0.0.0.0' || boundHost === '::';
  const addresses = everywhere
    ? Object.values(networkInterfaces())
        .flatMap((list) => list ?? [])
        .filter((a) => (boundHost === '::' ? true : a.family === 'IPv4'))
        .map((a) => (a.family === 'IPv6' ? `[${a.address.replace(/%.*$/, '')}]` : a.address))
    : [boundHost.includes(':') ? `[${boundHost}]` : boundHost];
  return [
    `Action Tracker (local mode) is listening on ${boundHost}:${port}, reachable at:`,
    ...[...new Set(addresses)].map((a) => `  http://${a}:${port}/`),
    'WARNING: local mode has no sign-in. Anyone who can reach these addresses can read and change every item, as anyone.',
  ];
}
