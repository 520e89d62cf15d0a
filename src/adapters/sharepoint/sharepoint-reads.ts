/**
 * Reading SharePoint lists with @pnp/sp v4, the half of the production store (sharepoint-store.ts)
 * that only reads. Every query filters first on an indexed column, selects only mapped columns,
 * pages with `top` ≤ 500 following `odata.nextLink`, and batches what a screen needs in one
 * $batch. When that first filter is not selective enough on a large list (SharePoint's threshold
 * refusal), the query is read again through windows of 5,000 ids (id-windows.ts). Person
 * conditions compare site user ids; date-only values go through the site's time zone, read once
 * (site-time-zone.ts); refusals become domain errors (sp-refusals.ts).
 */
import { parseBinderWithErrorCheck, parseODataJSON } from '@pnp/queryable';
import type { SPFI } from '@pnp/sp';
import { SPCollection } from '@pnp/sp';
import { InvalidValueError, ListThresholdError } from '../../core/errors';
import type { ItemId, ListKey, Stored } from '../../core/model';
import { SHAREPOINT_BATCH_LIMIT, type Condition, type ListQuery, type Page } from '../../ports/tracker-store';
import { checkQuery, fieldDef, listDef } from '../../schema/lookup';
import { membershipClaim } from './claims';
import { ID_WINDOW, windowConditions, windowOf } from './id-windows';
import { listAt } from './list-address';
import { siteDatesFor, type SiteDates, type SpTimeZone } from './site-time-zone';
import { refusalOf, type Principal } from './sp-refusals';
import { decodeItem, filterFor, orderByFor, selectFor, type SpItem } from './sp-codec';
import './pnp-preset';

type HttpError = Error & { status?: number; isHttpRequestError?: boolean };

export const statusOf = (e: unknown): number | undefined => (e as HttpError)?.status;

/** A page as parsed from minimalmetadata JSON: the values and the nextLink, if any. */
const PageParser = parseBinderWithErrorCheck(async (r: Response) => {
  const json = (await r.json()) as Record<string, unknown>;
  return { value: parseODataJSON(json) as SpItem[], next: (json['odata.nextLink'] as string | undefined) ?? null };
});

export class SharePointReads {
  /** site user ids by UPN/e-mail: one request per person per session, shared by concurrent callers */
  protected readonly userIds = new Map<string, Promise<number | null>>();
  /** the site's DateOnly conversions, from its time zone: read once, shared with batched copies */
  protected dates: Promise<SiteDates> | null = null;

  constructor(
    protected readonly sp: SPFI,
    protected readonly siteUrl: string,
    /** whose permissions a 403 is about: the signed-in person (tab) or the app (CLI, jobs) */
    protected readonly principal: Principal = 'person'
  ) {}

  protected items(list: ListKey) {
    return listAt(this.sp, this.siteUrl, listDef(list)).items;
  }

  /** The site's time zone, read on first use; a failed read is tried again next time. */
  protected siteDates(): Promise<SiteDates> {
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
  protected async batchedCopy(sp: SPFI): Promise<this> {
    // the same class as this one (the store, or a subclass of it), over the batch
    const copy = new (this.constructor as new (sp: SPFI, siteUrl: string, principal: Principal) => this)(sp, this.siteUrl, this.principal);
    copy.dates = Promise.resolve(await this.siteDates());
    return copy;
  }

  /** A SharePoint refusal on `list` as its domain error; any other error unchanged. */
  protected refusal(list: ListKey, error: unknown, write: boolean): unknown {
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
    const batchedStore = new SharePointReads(batched, this.siteUrl, this.principal);
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
}

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
