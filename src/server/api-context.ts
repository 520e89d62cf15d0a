/**
 * What every /api route is given — the store, the directory, the clock, evidence files — and
 * the checks their inputs share: list and id parameters, versions, and who is asking.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FileEvidenceStore } from '../adapters/local/file-evidence';
import { isIsoDate, londonDateOf, type IsoDate } from '../core/dates';
import { ForbiddenError, InvalidValueError } from '../core/errors';
import { asItemId, type ItemId, type ListKey, type TrackedList } from '../core/model';
import type { Directory, Person } from '../ports/directory';
import type { TrackerStore } from '../ports/tracker-store';
import { LISTS } from '../schema/lists';
import { TRACKED_LISTS } from '../services/items';
import { HttpError } from './http-util';

export type ApiContext = Readonly<{
  store: TrackerStore;
  directory: Directory;
  now: () => Date;
  /** closure evidence files beside the database (absent: proposals take links only) */
  evidence?: FileEvidenceStore;
}>;

export type Route = Readonly<{
  method: string;
  pattern: RegExp;
  handle: (ctx: ApiContext, req: IncomingMessage, res: ServerResponse, params: string[], url: URL) => Promise<void>;
}>;

export function listParam(value: string): ListKey {
  const list = LISTS.find((l) => l.key === value);
  if (!list) {
    throw new InvalidValueError('list', value, `allowed: ${LISTS.map((l) => l.key).join(', ')}`);
  }
  return list.key;
}

export function trackedParam(value: string): TrackedList {
  if (!(TRACKED_LISTS as readonly string[]).includes(value)) {
    throw new InvalidValueError('list', value, `allowed: ${TRACKED_LISTS.join(', ')}`);
  }
  return value as TrackedList;
}

export function idParam(value: string): ItemId {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) {
    throw new InvalidValueError('id', value, 'must be a positive whole number');
  }
  return asItemId(n);
}

/** `?asOf=YYYY-MM-DD`, or today in London. */
export function asOfParam(url: URL, ctx: ApiContext): IsoDate {
  const asOf = url.searchParams.get('asOf') ?? londonDateOf(ctx.now());
  if (!isIsoDate(asOf)) {
    throw new InvalidValueError('asOf', asOf, 'must be a date written YYYY-MM-DD');
  }
  return asOf;
}

export function versionOf(value: unknown, field = 'version'): string {
  if (typeof value !== 'string' || value === '') {
    throw new InvalidValueError(field, value, 'is required: the version the edit started from');
  }
  return value;
}

export function objectOf(field: string, value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InvalidValueError(field, value, 'must be an object of fields');
  }
  return value as Record<string, unknown>;
}

export async function actorOf(ctx: ApiContext, req: IncomingMessage): Promise<Person> {
  const id = req.headers['x-tracker-user'];
  if (typeof id !== 'string' || id === '') {
    throw new HttpError(401, 'UNAUTHENTICATED', 'choose who you are (X-Tracker-User) before changing anything');
  }
  const person = await ctx.directory.get(id);
  if (!person) {
    throw new HttpError(401, 'UNAUTHENTICATED', `${id} is not in the directory`);
  }
  return person;
}

export async function requireSecretary(ctx: ApiContext, req: IncomingMessage): Promise<Person> {
  const actor = await actorOf(ctx, req);
  if (actor.role !== 'secretary') {
    throw new ForbiddenError('only a board secretary may write lists directly');
  }
  return actor;
}
