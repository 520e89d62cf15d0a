/** Serves the built tab from dist/, with the app shell for unknown paths (client routing). */
import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createGzip, gzipSync } from 'node:zlib';
import { acceptsGzip } from './http-util';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Built assets never change under their hashed names: each is compressed once. */
const gzippedAssets = new Map<string, Buffer>();

/**
 * True when `file` is `root` or inside it, comparing real paths: a plain prefix test lets
 * `/..%2Fdist-e2e/…` through to a sibling folder whose name starts with the root's, and a
 * symbolic link inside the root could point anywhere.
 */
export function isInside(root: string, file: string): boolean {
  const real = (p: string): string => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const base = real(root);
  const target = real(file);
  return target === base || target.startsWith(base.endsWith(sep) ? base : base + sep);
}

function badPath(res: ServerResponse): void {
  res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('bad path');
}

export function serveStatic(root: string, urlPath: string, res: ServerResponse): void {
  const base = resolve(root);
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    // `/%` and friends: not a path anyone could have meant
    badPath(res);
    return;
  }
  if (decoded.includes('\0')) {
    badPath(res);
    return;
  }
  let file = normalize(join(base, decoded));
  if (!isInside(base, file)) {
    badPath(res);
    return;
  }
  if (!existsSync(file) || statSync(file).isDirectory()) {
    file = join(base, 'index.html');
  }
  if (!existsSync(file)) {
    res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('The tab is not built yet: run `npm run build` (npm start does it for you).');
    return;
  }
  const immutable = decoded.startsWith('/assets/');
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  // text (the tab's scripts above all) goes gzipped: what a phone waits for is the gzip size
  const gzip = type.startsWith('text/') || type.startsWith('application/json') || type === 'image/svg+xml';
  const headers = {
    'Content-Type': type,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    Vary: 'Accept-Encoding',
  };
  if (gzip && acceptsGzip(res)) {
    res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip' });
    if (immutable) {
      const bytes = gzippedAssets.get(file) ?? gzipSync(readFileSync(file), { level: 9 });
      gzippedAssets.set(file, bytes);
      res.end(bytes);
    } else {
      createReadStream(file).pipe(createGzip({ level: 6 })).pipe(res);
    }
    return;
  }
  res.writeHead(200, headers);
  createReadStream(file).pipe(res);
}
