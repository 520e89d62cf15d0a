/**
 * The production store: the TrackerStore port over SharePoint lists with @pnp/sp v4.
 * Every query filters first on an indexed column, selects only mapped columns, pages with
 * `top` ≤ 500 following `odata.nextLink`, and batches what a screen needs in one $batch. When
 * that first filter is not selective enough on a large list (SharePoint's threshold refusal),
 * the query is read again through windows of 5,000 ids (id-windows.ts).
 * Updates send the ETag they read; a 412 becomes the VersionConflictError the UI merges.
 * SharePoint's refusals (403, the list view threshold, throttling that outlasts the retries,
 * 503/504) become domain errors with a sentence to act on (sp-refusals.ts). Date-only values
 * go through the site's time zone, read once (site-time-zone.ts).
 */
import { parseBinderWithErrorCheck, parseODataJSON } from '@pnp/queryable';
import type { SPFI } from '@pnp/sp';
import { SPCollection } from '@pnp/sp';
import { DuplicateKeyError, InvalidValueError, ListThresholdError, NotFoundError, VersionConflictError } from '../../core/errors';
import type { ItemId, ListKey, ListRecords, PersonRef, Stored, TrackedList, Update, Version } from '../../core/model';
import { SHAREPOINT_BATCH_LIMIT, type Change, type Condition, type ListQuery, type Page, type TrackerStore, type Written } from '../../ports/tracker-store';
import { checkQuery, fieldDef, listDef } from '../../schema/lookup';
import type { FieldDef } from '../../schema/types';
import { isUserNotFound, membershipClaim } from './claims';
import { ID_WINDOW, windowConditions, windowOf } from './id-windows';
import { listAt } from './list-address';
import { siteDatesFor, type SiteDates, type SpTimeZone } from './site-time-zone';
import { refusalOf, type Principal } from './sp-refusals';
import { decodeItem, encodeWrite, etagOf, filterFor, orderByFor, selectFor, type SpItem } from './sp-codec';
import './pnp-preset';

type HttpError = Error & { status?: number; isHttpRequestError?: boolean };

const statusOf = (e: unknown): number | undefined => (e as HttpError)?.status;

/** A page as parsed from minimalmetadata JSON: the values and the nextLink, if any. */
const PageParser = parseBinderWithErrorCheck(async (r: Response) => {
  const json = (await r.json()) as Record<string, unknown>;
  return { value: parseODataJSON(json) as SpItem[], next: (json['odata.nextLink'] as string | undefined) ?? null };
});

export class SharePointStore implements TrackerStore {
  /** site user ids by UPN/e-mail: one request per person per session, shared by concurrent callers */
  private readonly userIds = new Map<string, Promise<number | null>>();
  /** the site's DateOnly conversions, from its time zone: read once, shared with batched copies */
  private dates: Promise<SiteDates> | null = null;

  constructor(
    private readonly sp: SPFI,
    private readonly siteUrl: string,
    /** whose permissions a 403 is about: the signed-in person (tab) or the app (CLI, jobs) */
    private readonly principal: Principal = 'person'
  ) {}

  private items(list: ListKey) {
    return listAt(this.sp, this.siteUrl, listDef(list)).items;
  }

  /** The site's time zone, read on first use; a failed read is tried again next time. */
  private siteDates(): Promise<SiteDates> {
    if (!this.dates) {
      this.dates = this.readTimeZone(this.sp);
    }
    return this.dates;
  }

  /** `web/RegionalSettings/TimeZone`, through `sp` (which may be a batch); a failed read is forgotten. */
  private readTimeZone(sp: SPFI): Promise<SiteDates> {
    const pending = sp.web.regionalSettings.timeZone().then(
      (tz) => siteDatesFor(tz as unknown as SpTimeZone, new Date().getUTCFullYear()),
      (error: unknown) => {
        if (this.dates === pending) {
          this.dates = null;
        }
        throw refusalOf(error, { what: 'the site’s regional settings' }, { write: false, principal: this.principal }) ?? error;
      }
    );
    return pending;
  }

  /** A copy of this store over a batched SPFI, sharing the time zone already read. */
  private async batchedCopy(sp: SPFI): Promise<SharePointStore> {
    const copy = new SharePointStore(sp, this.siteUrl, this.principal);
    copy.dates = Promise.resolve(await this.siteDates());
    return copy;
  }

  /** A SharePoint refusal on `list` as its domain error; any other error unchanged. */
  private refusal(list: ListKey, error: unknown, write: boolean): unknown {
    return refusalOf(error, { list: listDef(list).title }, { write, principal: this.principal }) ?? error;
  }

  async get<L extends ListKey>(list: L, id: ItemId): Promise<Stored<L> | null> {
    const { select, expand } = selectFor(list);
    try {
      // the request is made before any await, so a batched copy registers it before the batch runs
      const pending = this.items(list).getById(id).select(...select).expand(...expand)();
      const item = (await pending) as SpItem;
      return decodeItem(list, item, await this.siteDates());
    } catch (error) {
      if (statusOf(error) === 404) {
        return null;
      }
      throw this.refusal(list, error, false);
    }
  }

  /** The site user id of a person (by UPN, through their login claim), or null if they have never been added to the site. */
  private existingUserId(upn: string): Promise<number | null> {
    const key = upn.toLowerCase();
    let pending = this.userIds.get(key);
    if (!pending) {
      pending = this.sp.web.siteUsers
        .getByLoginName(membershipClaim(key))
        .select('Id')()
        .then(
          (user) => user.Id as number,
          (error: unknown) => {
            if (statusOf(error) === 404) {
              return null;
            }
            this.userIds.delete(key);
            throw error;
          }
        );
      this.userIds.set(key, pending);
    }
    return pending;
  }

  /**
   * Resolves (adding to the site if needed) a person picked from Graph to a site user id, by the
   * membership claim of their UPN. SharePoint refuses anyone the directory does not have: that
   * is the owner field's error, in words, not a stack.
   */
  private readonly ensureUser = async (person: PersonRef, field: FieldDef): Promise<number> => {
    const key = person.id.toLowerCase();
    const known = await this.userIds.get(key)?.catch(() => null);
    if (known) {
      return known;
    }
    try {
      const user = await this.sp.web.ensureUser(membershipClaim(key));
      this.userIds.set(key, Promise.resolve(user.Id));
      return user.Id;
    } catch (error) {
      if (isUserNotFound(error)) {
        throw new InvalidValueError(field.displayName, person.displayName, `is not a person in your organisation's directory (${person.id})`);
      }
      throw error;
    }
  };

  /** Person conditions compare the site user id (the indexed column), not the e-mail. */
  private async resolveConditions(list: ListKey, where: readonly Condition[]): Promise<Condition[] | null> {
    const out: Condition[] = [];
    for (const c of where) {
      if (c.field !== 'id' && fieldDef(list, c.field).type === 'User' && typeof c.value === 'string') {
        const userId = await this.existingUserId(c.value);
        if (userId === null) {
          if (c.op === 'eq') {
            return null;
          }
          continue;
        }
        out.push({ ...c, value: userId });
      } else {
        out.push(c);
      }
    }
    return out;
  }

  private buildQuery(list: ListKey, query: ListQuery, where: readonly Condition[], dates: SiteDates) {
    const { select, expand } = selectFor(list);
    let q = this.items(list).select(...select).expand(...expand).filter(filterFor(list, where, dates)).top(query.top ?? 100);
    for (const [column, ascending] of orderByFor(list, query)) {
      q = q.orderBy(column, ascending);
    }
    return q;
  }

  private checkCursor(cursor: string): void {
    // The cursor is SharePoint's own nextLink; never send our token anywhere else.
    if (!cursor.toLowerCase().startsWith(`${this.siteUrl.toLowerCase()}/_api/`)) {
      throw new InvalidValueError('cursor', cursor, 'is not a page link of this site');
    }
  }

  async query<L extends ListKey>(list: L, query: ListQuery): Promise<Page<Stored<L>>> {
    checkQuery(list, query);
    if (query.cursor) {
      this.checkCursor(query.cursor);
    }
    const where = await this.resolveConditions(list, query.where);
    if (where === null) {
      return { items: [], next: null };
    }
    // Only a date bound needs the zone before the query is sent; otherwise both go at once.
    const pendingDates = this.siteDates();
    pendingDates.catch(() => undefined); // awaited below; a failure is reported there
    const base = this.buildQuery(list, query, where, hasDateCondition(list, where) ? await pendingDates : NO_DATE_FILTER);
    // A nextLink already carries the whole query; a first page uses the one just built.
    const request = query.cursor ? SPCollection([base, query.cursor]) : base;
    let page: { value: SpItem[]; next: string | null };
    try {
      page = (await request
        .using(PageParser)()
        .catch((error: unknown) => {
          throw this.refusal(list, error, false);
        })) as unknown as { value: SpItem[]; next: string | null };
    } catch (error) {
      if (error instanceof ListThresholdError && !query.cursor) {
        return this.windowPage(list, query, where, 0, await pendingDates);
      }
      throw error;
    }
    const dates = await pendingDates;
    const window = query.cursor && !page.next ? windowOf(query.cursor) : null;
    if (window) {
      // the last page of a window: go on to the next one, if the list has ids past it
      const items = page.value.map((i) => decodeItem(list, i, dates));
      if (items.length === 0) {
        return (await this.hasIdAfter(list, window.upTo)) ? this.windowPage(list, query, where, window.upTo, dates) : { items, next: null };
      }
      return { items, next: (await this.hasIdAfter(list, window.upTo)) ? this.windowAddress(list, query, where, window.upTo, dates) : null };
    }
    return { items: page.value.map((i) => decodeItem(list, i, dates)), next: page.next };
  }

  /**
   * The first page, from the window of ids after `after`, that has any of the query's items;
   * its cursor leads on through the window and then the next ones. Pages are in id order.
   */
  private async windowPage<L extends ListKey>(list: L, query: ListQuery, where: readonly Condition[], after: number, dates: SiteDates): Promise<Page<Stored<L>>> {
    for (let from = after; ; from += ID_WINDOW) {
      const base = this.buildQuery(list, { ...query, orderBy: [] }, [...windowConditions(from), ...where], dates);
      const page = (await base
        .using(PageParser)()
        .catch((error: unknown) => {
          throw this.refusal(list, error, false);
        })) as unknown as { value: SpItem[]; next: string | null };
      const items = page.value.map((i) => decodeItem(list, i, dates));
      if (page.next) {
        return { items, next: page.next };
      }
      const more = await this.hasIdAfter(list, from + ID_WINDOW);
      if (items.length > 0 || !more) {
        return { items, next: more ? this.windowAddress(list, query, where, from + ID_WINDOW, dates) : null };
      }
    }
  }

  /** The REST address of the window after `after`: a cursor like SharePoint's own nextLink. */
  private windowAddress(list: ListKey, query: ListQuery, where: readonly Condition[], after: number, dates: SiteDates): string {
    return this.buildQuery(list, { ...query, orderBy: [] }, [...windowConditions(after), ...where], dates).toRequestUrl();
  }

  private async hasIdAfter(list: ListKey, id: number): Promise<boolean> {
    const found = (await this.items(list)
      .select('Id')
      .filter(`Id gt ${id}`)
      .top(1)()
      .catch((error: unknown) => {
        throw this.refusal(list, error, false);
      })) as unknown[];
    return found.length > 0;
  }

  /**
   * Several first pages in one $batch (a screen's worth: My items reads three lists).
   * Person lookups happen before the batch and are cached.
   */
  async queryMany<L extends ListKey>(requests: ReadonlyArray<readonly [L, ListQuery]>): Promise<Array<Page<Stored<L>>>> {
    const resolved = await Promise.all(
      requests.map(async ([list, query]) => {
        checkQuery(list, query);
        return this.resolveConditions(list, query.where);
      })
    );
    const [batched, execute] = this.sp.batched({ maxRequests: SHAREPOINT_BATCH_LIMIT });
    // A first screen reads the site's time zone in the same $batch as its queries, unless a
    // filter needs it to be written (a due-date window): one round trip either way.
    const dateFilter = requests.some(([list, q]) => hasDateCondition(list, q.where));
    let zoneInBatch: Promise<SiteDates> | null = null;
    if (!this.dates && !dateFilter) {
      zoneInBatch = this.readTimeZone(batched);
      this.dates = zoneInBatch;
    }
    const filterDates = dateFilter ? await this.siteDates() : NO_DATE_FILTER;
    const batchedStore = new SharePointStore(batched, this.siteUrl, this.principal);
    const pending = requests.map(([list, query], i) => {
      const where = resolved[i];
      if (where === null || where === undefined) {
        return Promise.resolve({ value: [] as SpItem[], next: null as string | null });
      }
      return (batchedStore.buildQuery(list, query, where, filterDates).using(PageParser)() as unknown as Promise<{ value: SpItem[]; next: string | null }>).catch(
        (error: unknown) => {
          const refusal = this.refusal(list, error, false);
          if (refusal instanceof ListThresholdError) {
            return null; // read through id windows once the batch is done
          }
          throw refusal;
        }
      );
    });
    await execute().catch((error: unknown) => {
      // a batch that never ran leaves its time-zone read unanswered: forget it, read it next time
      if (zoneInBatch && this.dates === zoneInBatch) {
        this.dates = null;
      }
      throw this.refusal(requests[0]?.[0] ?? 'actions', error, false);
    });
    const pages = await Promise.all(pending);
    const read = await this.siteDates();
    return Promise.all(
      pages.map((p, i) => {
        const [list, query] = requests[i] as readonly [L, ListQuery];
        return p ? { items: p.value.map((v) => decodeItem(list, v, read)), next: p.next } : this.windowPage(list, query, resolved[i] ?? [], 0, read);
      })
    );
  }

  async add<L extends ListKey>(list: L, record: ListRecords[L]): Promise<Stored<L>> {
    const body = await encodeWrite(list, record as Record<string, unknown>, this.ensureUser, await this.siteDates());
    const created = (await this.items(list).add(body).catch((error: unknown) => {
      throw asDuplicate(error, list, body) ?? this.refusal(list, error, true);
    })) as SpItem;
    // The add response has no expanded people; read the item back as every read sees it.
    return (await this.get(list, created.Id as ItemId)) as Stored<L>;
  }

  /**
   * Adds in $batch requests of SHAREPOINT_BATCH_LIMIT: people are resolved first (cached), then
   * one batch adds a chunk and a second reads it back as every read sees it (people expanded).
   */
  async addMany<L extends ListKey>(list: L, records: readonly ListRecords[L][]): Promise<Array<Stored<L>>> {
    const out: Array<Stored<L>> = [];
    const dates = await this.siteDates();
    for (let start = 0; start < records.length; start += SHAREPOINT_BATCH_LIMIT) {
      const chunk = records.slice(start, start + SHAREPOINT_BATCH_LIMIT);
      const bodies: Array<Record<string, unknown>> = [];
      for (const record of chunk) {
        bodies.push(await encodeWrite(list, record as Record<string, unknown>, this.ensureUser, dates));
      }
      const [adding, sendAdds] = this.sp.batched({ maxRequests: SHAREPOINT_BATCH_LIMIT });
      const addingStore = await this.batchedCopy(adding);
      const added = bodies.map((body) => addingStore.items(list).add(body) as Promise<SpItem>);
      await sendAdds().catch((error: unknown) => {
        throw this.refusal(list, error, true);
      });
      const settled = await Promise.allSettled(added);
      const refused = settled.find((r) => r.status === 'rejected');
      if (refused) {
        throw this.refusal(list, refused.reason, true);
      }
      const ids = settled.map((r) => ((r as PromiseFulfilledResult<SpItem>).value.Id as ItemId));
      const [reading, sendReads] = this.sp.batched({ maxRequests: SHAREPOINT_BATCH_LIMIT });
      const readStore = await this.batchedCopy(reading);
      const reads = ids.map((id) => readStore.get(list, id));
      await sendReads().catch((error: unknown) => {
        throw this.refusal(list, error, false);
      });
      for (const item of await Promise.all(reads)) {
        out.push(item as Stored<L>);
      }
    }
    return out;
  }

  /**
   * Adds in $batch requests of SHAREPOINT_BATCH_LIMIT, each add on its own (SharePoint runs a
   * batch's operations independently): the id and ETag come from each add's own answer, so
   * nothing is read back; a duplicate unique value refuses that record only.
   */
  async addEach<L extends ListKey>(list: L, records: readonly ListRecords[L][]): Promise<Written[]> {
    const out: Written[] = [];
    for (let start = 0; start < records.length; start += SHAREPOINT_BATCH_LIMIT) {
      const bodies: Array<Record<string, unknown>> = [];
      const dates = await this.siteDates();
      for (const record of records.slice(start, start + SHAREPOINT_BATCH_LIMIT)) {
        bodies.push(await encodeWrite(list, record as Record<string, unknown>, this.ensureUser, dates));
      }
      const [batched, execute] = this.sp.batched({ maxRequests: SHAREPOINT_BATCH_LIMIT });
      const adding = new SharePointStore(batched, this.siteUrl, this.principal);
      const pending = bodies.map((body) => adding.items(list).add(body) as Promise<SpItem>);
      await execute();
      const settled = await Promise.allSettled(pending);
      settled.forEach((r, i) => {
        out.push(
          r.status === 'fulfilled'
            ? { ok: true, id: r.value.Id as ItemId, version: etagOf(r.value) }
            : { ok: false, error: asDuplicate(r.reason, list, bodies[i] ?? {}) ?? asError(this.refusal(list, r.reason, true)) }
        );
      });
    }
    return out;
  }

  /** Changes in $batch requests of SHAREPOINT_BATCH_LIMIT, each at its ETag; the new ETag is each answer's. */
  async updateEach<L extends ListKey>(list: L, changes: ReadonlyArray<Change<L>>): Promise<Written[]> {
    const out: Written[] = [];
    for (let start = 0; start < changes.length; start += SHAREPOINT_BATCH_LIMIT) {
      const chunk = changes.slice(start, start + SHAREPOINT_BATCH_LIMIT);
      const bodies: Array<Record<string, unknown>> = [];
      const dates = await this.siteDates();
      for (const change of chunk) {
        bodies.push(await encodeWrite(list, change.patch as Record<string, unknown>, this.ensureUser, dates));
      }
      const [batched, execute] = this.sp.batched({ maxRequests: SHAREPOINT_BATCH_LIMIT });
      const updating = new SharePointStore(batched, this.siteUrl, this.principal);
      const pending = chunk.map((change, i) => updating.items(list).getById(change.id).update(bodies[i] ?? {}, change.version) as Promise<{ etag?: string }>);
      await execute();
      const settled = await Promise.allSettled(pending);
      settled.forEach((r, i) => {
        const change = chunk[i] as Change<L>;
        if (r.status === 'fulfilled') {
          out.push({ ok: true, id: change.id, version: r.value?.etag ?? '' });
          return;
        }
        const status = statusOf(r.reason);
        const error =
          asDuplicate(r.reason, list, bodies[i] ?? {}) ??
          (status === 412 ? new VersionConflictError(change.version, null) : status === 404 ? new NotFoundError(list, change.id) : asError(this.refusal(list, r.reason, true)));
        out.push({ ok: false, error });
      });
    }
    return out;
  }

  async update<L extends ListKey>(list: L, id: ItemId, expectedVersion: Version, patch: Partial<ListRecords[L]>): Promise<Stored<L>> {
    const body = await encodeWrite(list, patch as Record<string, unknown>, this.ensureUser, await this.siteDates());
    try {
      await this.items(list).getById(id).update(body, expectedVersion);
    } catch (error) {
      const duplicate = asDuplicate(error, list, body);
      if (duplicate) {
        throw duplicate;
      }
      const status = statusOf(error);
      if (status === 412) {
        const current = await this.get(list, id);
        if (current) {
          throw new VersionConflictError(expectedVersion, current);
        }
      }
      if (status === 404 || status === 412) {
        throw new NotFoundError(list, id);
      }
      throw this.refusal(list, error, true);
    }
    return (await this.get(list, id)) as Stored<L>;
  }

  /**
   * SharePoint has no transactions: the item is written first (ETag-checked), then its
   * history record. A refused edit therefore writes no history.
   */
  async updateWithHistory<L extends TrackedList>(
    list: L,
    id: ItemId,
    expectedVersion: Version,
    patch: Partial<ListRecords[L]>,
    update: Update
  ): Promise<Stored<L>> {
    const saved = await this.update(list, id, expectedVersion, patch);
    await this.add('updates', { ...update, list, itemId: id });
    return saved;
  }
}

const asError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));

const hasDateCondition = (list: ListKey, where: readonly Condition[]): boolean =>
  where.some((c) => c.field !== 'id' && fieldDef(list, c.field).type === 'DateOnly');

/** Stands in for the site's dates where no filter has a date (the zone is read alongside the query). */
const NO_DATE_FILTER: SiteDates = {
  zone: null,
  toSharePoint: () => {
    throw new Error('a date filter needs the site’s time zone first');
  },
  fromSharePoint: () => {
    throw new Error('dates are read after the batch');
  },
};

/**
 * SharePoint refuses a value already held by a column with EnforceUniqueValues with a 400
 * carrying SPDuplicateValuesFoundException (PnP puts the body in the error's message); that
 * becomes the port's DuplicateKeyError, naming the unique field written. Otherwise null.
 */
function asDuplicate(error: unknown, list: ListKey, body: Record<string, unknown>): DuplicateKeyError | null {
  if (statusOf(error) !== 400 || !String((error as Error)?.message).includes('SPDuplicateValuesFoundException')) {
    return null;
  }
  const unique = listDef(list).fields.find((f) => f.unique && f.internalName in body);
  return new DuplicateKeyError(list, unique?.key ?? 'key', unique ? body[unique.internalName] : undefined);
}
