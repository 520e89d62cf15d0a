/**
 * The local server's /api: the use cases the tab calls (use-case-routes.ts and the feature
 * route files), and the raw store endpoints that the HTTP adapter of TrackerStore speaks
 * (list-routes.ts). Every body is validated before it is used.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiContext } from './api-context';
import { handleClosureApi } from './closure-routes';
import { HttpError } from './http-util';
import { LIST_ROUTES } from './list-routes';
import { MEETING_ROUTES } from './meeting-routes';
import { handlePackApi } from './pack-routes';
import { handleReminderApi } from './reminder-routes';
import { handleRoundApi } from './round-routes';
import { USE_CASE_ROUTES } from './use-case-routes';

export type { ApiContext } from './api-context';

const ROUTES = [...USE_CASE_ROUTES, ...MEETING_ROUTES, ...LIST_ROUTES];

/** Dispatches an /api request; returns false when no route matches. */
export async function handleApi(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  if (await handleReminderApi(ctx, req, res, url)) {
    return true;
  }
  if (await handlePackApi(ctx, req, res, url)) {
    return true;
  }
  if (await handleClosureApi(ctx, req, res, url)) {
    return true;
  }
  if (await handleRoundApi(ctx, req, res, url)) {
    return true;
  }
  const candidates = ROUTES.filter((r) => r.pattern.test(url.pathname));
  if (candidates.length === 0) {
    return false;
  }
  const route = candidates.find((r) => r.method === req.method);
  if (!route) {
    throw new HttpError(405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed on ${url.pathname}`);
  }
  const params = (route.pattern.exec(url.pathname) ?? []).slice(1);
  await route.handle(ctx, req, res, params, url);
  return true;
}
