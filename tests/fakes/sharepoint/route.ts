/**
 * A route of the fake: a pattern on the path under the site (site routes) or under one list
 * (list routes), and a handler. New behaviour goes in a new module registering its routes,
 * so the fake grows by addition.
 */
import type { FakeSharePoint } from '../sharepoint-fake';
import type { FakeList } from './types';

export type FakeRequest = Readonly<{
  /** the HTTP method on the wire (MERGE travels as POST with X-HTTP-Method) */
  method: string;
  /** the method SharePoint acts on: X-HTTP-Method when present */
  verb: string;
  url: URL;
  headers: Headers;
  body: Record<string, unknown>;
  bodyText: string;
  /** the raw body, for binary uploads (attachments) */
  bodyBytes?: Uint8Array;
  /** the decoded path under the site, e.g. /_api/web/lists */
  path: string;
}>;

export type SiteRoute = Readonly<{
  pattern: RegExp;
  /** restricts the route to one verb; any verb when absent */
  verb?: string;
  handle: (fake: FakeSharePoint, req: FakeRequest, m: RegExpExecArray) => Response | Promise<Response>;
}>;

export type ListRoute = Readonly<{
  pattern: RegExp;
  verb?: string;
  handle: (fake: FakeSharePoint, list: FakeList, req: FakeRequest, m: RegExpExecArray) => Response | Promise<Response>;
}>;
