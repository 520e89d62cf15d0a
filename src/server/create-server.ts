/**
 * The local server: one process serving the built tab and /api over the embedded store.
 * Binds to 127.0.0.1 unless told otherwise; every response carries the security headers.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleApi, type ApiContext } from './api-routes';
import { HttpError, sendError } from './http-util';
import { securityHeaders } from './security-headers';
import { serveStatic } from './static-files';

export type LocalServerOptions = ApiContext &
  Readonly<{
    /** the built tab (vite's dist/) */
    staticDir: string;
    /** @default '127.0.0.1' */
    host?: string;
    /** 0 picks a free port @default 4280 */
    port?: number;
    /** origins the tab may call besides this server (Microsoft 365 mode) @default [] */
    connectSrc?: readonly string[];
  }>;

export type RunningServer = Readonly<{ server: Server; url: string; close: () => Promise<void> }>;

export async function startLocalServer(options: LocalServerOptions): Promise<RunningServer> {
  const headers = securityHeaders(options.connectSrc);
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) {
      res.setHeader(name, value);
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const done = async (): Promise<void> => {
      if (url.pathname.startsWith('/api/')) {
        if (!(await handleApi(options, req, res, url))) {
          throw new HttpError(404, 'NOT_FOUND', `no API at ${url.pathname}`);
        }
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        throw new HttpError(405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed here`);
      }
      serveStatic(options.staticDir, url.pathname, res);
    };
    done().catch((error: unknown) => sendError(res, error));
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4280, host, () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
