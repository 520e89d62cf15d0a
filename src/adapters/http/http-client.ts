/** The one place the local-mode clients call fetch: base URL, identity header, errors. */
import { toError } from './api-errors';

export type HttpClientOptions = Readonly<{
  /** e.g. 'http://127.0.0.1:4280' or '' for same origin */
  baseUrl: string;
  /** the local user switcher's choice, sent as X-Tracker-User */
  user?: () => string | null;
  /**
   * The server's per-launch secret as a `Cookie` value, for clients outside the browser
   * (tests, benches). The tab never sets it: its browser sends the HttpOnly cookie itself.
   */
  sessionCookie?: string;
  fetch?: typeof fetch;
}>;

export class HttpClient {
  constructor(private readonly options: HttpClientOptions) {}

  async request<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    const user = this.options.user?.();
    const doFetch = this.options.fetch ?? fetch;
    const response = await doFetch(`${this.options.baseUrl}${path}`, {
      method,
      headers: {
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(user ? { 'X-Tracker-User': user } : {}),
        ...(this.options.sessionCookie ? { Cookie: this.options.sessionCookie } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      throw await toError(response);
    }
    return (await response.json()) as T;
  }
}
