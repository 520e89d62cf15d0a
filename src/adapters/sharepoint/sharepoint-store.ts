/**
 * The production store: the TrackerStore port over SharePoint lists with @pnp/sp v4. Reading
 * (queries, pages, id windows, the site's time zone) is SharePointReads (sharepoint-reads.ts);
 * this adds the writes. People are resolved to site users (ensureUser, by their UPN claim);
 * adds and changes go in $batch requests of ≤ 100 where there are many. Updates send the ETag
 * they read; a 412 becomes the VersionConflictError the UI merges. SharePoint's refusals
 * (403, the list view threshold, throttling that outlasts the retries, 503/504) become domain
 * errors with a sentence to act on (sp-refusals.ts).
 */
import { DuplicateKeyError, InvalidValueError, NotFoundError, VersionConflictError } from '../../core/errors';
import type { ItemId, ListKey, ListRecords, PersonRef, Stored, TrackedList, Update, Version } from '../../core/model';
import { SHAREPOINT_BATCH_LIMIT, type Change, type TrackerStore, type Written } from '../../ports/tracker-store';
import { listDef } from '../../schema/lookup';
import type { FieldDef } from '../../schema/types';
import { isUserNotFound, membershipClaim } from './claims';
import { SharePointReads, statusOf } from './sharepoint-reads';
import { encodeWrite, etagOf, type SpItem } from './sp-codec';

export class SharePointStore extends SharePointReads implements TrackerStore {
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
