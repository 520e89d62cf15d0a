/** Serves the built tab from dist/, with the app shell for unknown paths (client routing). */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

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

export function serveStatic(root: string, urlPath: string, res: ServerResponse): void {
  const base = resolve(root);
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  let file = normalize(join(base, decoded));
  if (!file.startsWith(base)) {
    res.writeHead(400).end('bad path');
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
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  createReadStream(file).pipe(res);
}
