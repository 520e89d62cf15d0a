/**
 * The local server: one process serving the built tab and /api over the embedded store.
 * Binds to 127.0.0.1 unless told otherwise; every response carries the security headers;
 * every request passes the request guard (own address, own origin, this launch's secret).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleApi, type ApiContext } from './api-routes';
import { HttpError, sendError } from './http-util';
import { securityHeaders } from './security-headers';
import { createRequestGuard, type RequestGuard } from './request-guard';
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
    /** this launch's secret (a random one unless a test fixes it) */
    secret?: string;
  }>;

export type RunningServer = Readonly<{
  server: Server;
  /** an address this machine can open (loopback when bound to every interface) */
  url: string;
  /** the address actually listened on, as given (e.g. 0.0.0.0) */
  boundHost: string;
  /** `Cookie` header value for clients outside the browser (tests, benches) */
  sessionCookie: string;
  close: () => Promise<void>;
}>;

/** The API answers these without this launch's secret: they reveal nothing. */
const OPEN_PATHS = new Set(['/api/health']);

export async function startLocalServer(options: LocalServerOptions): Promise<RunningServer> {
  const headers = securityHeaders(options.connectSrc);
  // the guard needs the port, which is known only once the server listens
  const armed: { guard?: RequestGuard } = {};
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) {
      res.setHeader(name, value);
    }
    const done = async (): Promise<void> => {
      const guard = armed.guard;
      if (!guard) {
        throw new HttpError(503, 'STARTING', 'the server is starting');
      }
      guard.checkAddress(req);
      const url = new URL(`http://localhost${(req.url ?? '/').startsWith('/') ? req.url : '/'}`);
      if (url.pathname.startsWith('/api/')) {
        if (!OPEN_PATHS.has(url.pathname)) {
          guard.checkSecret(req);
        }
        if (!(await handleApi(options, req, res, url))) {
          throw new HttpError(404, 'NOT_FOUND', `no API at ${url.pathname}`);
        }
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        throw new HttpError(405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed here`);
      }
      // the page carries this launch's secret; the tab's requests send it back
      res.setHeader('Set-Cookie', guard.setCookie);
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
  const guard = createRequestGuard(host, port, options.secret);
  armed.guard = guard;
  const everywhere = host === '0.0.0.0' || host === '::';
  const shown = everywhere ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return {
    server,
    url: `http://${shown}:${port}`,
    boundHost: host,
    sessionCookie: guard.cookie,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
