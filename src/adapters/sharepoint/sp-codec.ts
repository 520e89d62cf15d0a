/**
 * Domain records ↔ SharePoint list items, driven by the one schema: which columns to
 * $select and $expand, how each value is written and read, and how a store query becomes
 * $filter / $orderby. Date-only values travel as SharePoint stores them — midnight of the site's
 * time zone, in UTC — written, filtered and read through the site's SiteDates (site-time-zone.ts).
 */
import type { IsoDate } from '../../core/dates';
import { InvalidValueError } from '../../core/errors';
import type { ListKey, PersonRef, Stored } from '../../core/model';
import type { Condition, ListQuery } from '../../ports/tracker-store';
import { readJsonField } from '../../schema/json-shapes';
import { fieldDef, listDef } from '../../schema/lookup';
import { upnFromClaim } from './claims';
import { cutToColumn, SHAREPOINT_TEXT_LIMIT } from '../../schema/text-overflow';
import type { FieldDef } from '../../schema/types';
import type { SiteDates } from './site-time-zone';

export type SpItem = Record<string, unknown>;

/** The id column of a field in REST: lookups and people are written and filtered as `<Name>Id`. */
export function restColumn(field: FieldDef): string {
  return field.type === 'User' || field.type === 'Lookup' ? `${field.internalName}Id` : field.internalName;
}

export function selectFor(list: ListKey): { select: string[]; expand: string[] } {
  const select = ['Id', 'Modified'];
  const expand: string[] = [];
  for (const field of listDef(list).fields) {
    if (field.type === 'User') {
      // Name is the login claim, which carries the UPN: the person's id (their mail may differ)
      select.push(`${field.internalName}/Id`, `${field.internalName}/Title`, `${field.internalName}/EMail`, `${field.internalName}/Name`);
      expand.push(field.internalName);
    } else {
      select.push(restColumn(field));
    }
    if (field.overflow) {
      select.push(field.overflow.internalName);
    }
  }
  if (list === 'updates') {
    // history's author is who SharePoint says created the row, not what the row says (below)
    select.push('Author/Title', 'Author/Name');
    expand.push('Author');
  }
  return { select, expand };
}

/**
 * An update's author as SharePoint recorded it (Created By). A person who wrote it with their
 * own token is its author whatever Author0 says: the field is client-written and a member could
 * put anyone there. A row created with app-only credentials (the CLI's imports, the seed, the
 * reminder bot and job, which record the person who acted) keeps the author the app wrote,
 * since no member can write as the app.
 */
function createdBy(item: SpItem): { author: string; authorName: string } | null {
  const author = item.Author as { Name?: string; Title?: string } | undefined;
  const upn = upnFromClaim(author?.Name);
  return upn ? { author: upn, authorName: author?.Title || upn } : null;
}

function decodeValue(field: FieldDef, item: SpItem, dates: SiteDates): unknown {
  const raw = item[restColumn(field)] ?? null;
  switch (field.type) {
    case 'User':
      return personOf(item[field.internalName]);
    case 'DateOnly':
      return typeof raw === 'string' ? dates.fromSharePoint(raw) : null;
    case 'Boolean':
      return raw === true;
    case 'MultiChoice':
      return Array.isArray(raw) ? raw : [];
    default: {
      // the whole text, where it ran past the column (text-overflow.ts)
      const whole = field.overflow ? item[field.overflow.internalName] : null;
      return typeof whole === 'string' && whole !== '' ? whole : raw;
    }
  }
}

type SpPerson = { EMail?: string; Title?: string; Name?: string } | null | undefined;

/** A person column (or Created By) as a PersonRef: the UPN from the login claim, else the mail. */
export function personOf(value: unknown): PersonRef | null {
  const person = value as SpPerson;
  const id = upnFromClaim(person?.Name) ?? (person?.EMail ? person.EMail.toLowerCase() : null);
  return id ? { id, displayName: person?.Title || id } : null;
}

export function etagOf(item: SpItem): string {
  const etag = item['odata.etag'] ?? (item.__metadata as { etag?: string } | undefined)?.etag;
  if (typeof etag !== 'string') {
    throw new InvalidValueError('odata.etag', etag, 'missing: request minimalmetadata JSON');
  }
  return etag;
}

export function decodeItem<L extends ListKey>(list: L, item: SpItem, dates: SiteDates): Stored<L> {
  const out: Record<string, unknown> = { id: item.Id, version: etagOf(item), modified: item.Modified };
  const unreadable: string[] = [];
  for (const field of listDef(list).fields) {
    if (field.type === 'Json') {
      // a Note in SharePoint: anyone can edit it there, so what does not fit is left out and named
      const read = readJsonField(field, item[restColumn(field)] ?? null);
      out[field.key] = read.value;
      if (read.problem) {
        unreadable.push(read.problem);
      }
    } else {
      out[field.key] = decodeValue(field, item, dates);
    }
  }
  if (list === 'updates') {
    Object.assign(out, createdBy(item) ?? {});
  }
  if (unreadable.length > 0) {
    out.unreadable = unreadable;
  }
  return out as unknown as Stored<L>;
}

/** Resolves a person to the site user id a person column stores; `field` names the column in errors. */
export type ResolveUser = (person: PersonRef, field: FieldDef) => Promise<number>;

function encodeValue(field: FieldDef, value: unknown, dates: SiteDates): unknown {
  if (value === null || value === undefined) {
    return field.type === 'MultiChoice' ? [] : field.type === 'Json' ? '[]' : field.type === 'Boolean' ? false : null;
  }
  switch (field.type) {
    case 'DateOnly':
      return dates.toSharePoint(value as IsoDate);
    case 'Json':
      return JSON.stringify(value);
    default:
      return value;
  }
}

/** The JSON body of an add or a MERGE. People are resolved to site user ids first. */
export async function encodeWrite(list: ListKey, record: Record<string, unknown>, resolveUser: ResolveUser, dates: SiteDates): Promise<SpItem> {
  const body: SpItem = {};
  for (const field of listDef(list).fields) {
    if (!(field.key in record)) {
      continue;
    }
    const value = record[field.key];
    if (field.type === 'User') {
      body[restColumn(field)] = value ? await resolveUser(value as PersonRef, field) : null;
    } else if (field.type === 'Text' && typeof value === 'string') {
      Object.assign(body, encodeText(field, value));
    } else {
      body[restColumn(field)] = encodeValue(field, value, dates);
    }
  }
  return body;
}

/**
 * A Text field's columns: SharePoint refuses more than 255 characters in one, so a longer text
 * goes whole into the field's Note and a cut of it into the column; a field with no Note refuses
 * it here, naming the field, rather than as SharePoint's 400 after the request.
 */
function encodeText(field: FieldDef, value: string): SpItem {
  if (field.overflow) {
    const long = value.length > SHAREPOINT_TEXT_LIMIT;
    return { [field.internalName]: long ? cutToColumn(value) : value, [field.overflow.internalName]: long ? value : null };
  }
  if (value.length > SHAREPOINT_TEXT_LIMIT) {
    throw new InvalidValueError(field.key, `${value.slice(0, 40)}…`, `at most ${SHAREPOINT_TEXT_LIMIT} characters (${value.length} given)`);
  }
  return { [field.internalName]: value };
}

function literal(field: FieldDef | null, value: unknown, dates: SiteDates): string {
  if (value === null || value === undefined) {
    return 'null';
  }
  if (field?.overflow && typeof value === 'string') {
    // the column holds the cut of a long text (two texts alike for their first 200-odd characters would both match)
    return `'${cutToColumn(value).replace(/'/g, "''")}'`;
  }
  if (field?.type === 'DateOnly') {
    // the very instant SharePoint stores for that day, so eq/lt/le/gt/ge hold on the day itself
    return `datetime'${dates.toSharePoint(value as IsoDate)}'`;
  }
  if (field?.type === 'DateTime') {
    return `datetime'${new Date(String(value)).toISOString()}'`;
  }
  if (field?.type === 'Boolean') {
    return value ? '1' : '0';
  }
  if (typeof value === 'number') {
    return String(value);
  }
  return `'${String(value).replace(/'/g, "''")}'`;
}

/** One $filter clause; a person condition must already carry the site user id. */
function clause(list: ListKey, c: Condition, dates: SiteDates): string {
  const field = c.field === 'id' ? null : fieldDef(list, c.field);
  const col = field ? restColumn(field) : 'Id';
  switch (c.op) {
    case 'isNull':
      return `${col} eq null`;
    case 'notNull':
      return `${col} ne null`;
    case 'in': {
      const values = Array.isArray(c.value) ? c.value : [];
      return values.length === 0 ? 'Id eq 0' : `(${values.map((v) => `${col} eq ${literal(field, v, dates)}`).join(' or ')})`;
    }
    default:
      return `${col} ${c.op} ${literal(field, c.value, dates)}`;
  }
}

export function filterFor(list: ListKey, where: readonly Condition[], dates: SiteDates): string {
  return where.map((c) => clause(list, c, dates)).join(' and ');
}

export function orderByFor(list: ListKey, query: ListQuery): Array<[string, boolean]> {
  return (query.orderBy ?? []).map((o) => [o.field === 'id' ? 'Id' : restColumn(fieldDef(list, o.field)), !o.descending]);
}
