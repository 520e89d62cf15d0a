/**
 * Checks a record (or a patch) against the list schema at a trust boundary: the local
 * server's bodies, imported rows, SharePoint responses. Errors name the field and the value.
 */
import { isIsoDate } from '../core/dates';
import { OVERFLOW_TEXT_LIMIT, SHAREPOINT_TEXT_LIMIT } from './text-overflow';
import { InvalidValueError } from '../core/errors';
import type { ListKey, ListRecords } from '../core/model';
import { checkJsonField } from './json-shapes';
import { listDef } from './lookup';
import type { FieldDef } from './types';

function checkField(list: ListKey, field: FieldDef, value: unknown): void {
  const name = `${list}.${field.key}`;
  if (value === null || value === undefined) {
    if (field.required && field.type !== 'Boolean') {
      throw new InvalidValueError(name, value, 'is required');
    }
    return;
  }
  const fail = (problem: string): never => {
    throw new InvalidValueError(name, value, problem);
  };
  switch (field.type) {
    case 'Text':
      if (typeof value !== 'string') {
        fail('must be text');
      } else if (value.length > (field.overflow ? OVERFLOW_TEXT_LIMIT : SHAREPOINT_TEXT_LIMIT)) {
        fail(`at most ${field.overflow ? OVERFLOW_TEXT_LIMIT : SHAREPOINT_TEXT_LIMIT} characters`);
      }
      return;
    case 'Note':
      if (typeof value !== 'string') {
        fail('must be text');
      }
      return;
    case 'Choice':
      if (typeof value !== 'string') {
        fail('must be text');
      } else if (!field.fillIn && !(field.choices ?? []).includes(value)) {
        fail(`allowed: ${(field.choices ?? []).join(', ')}`);
      }
      return;
    case 'MultiChoice':
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
        fail('must be a list of text values');
      } else if (!field.fillIn) {
        const bad = value.find((v) => !(field.choices ?? []).includes(v as string));
        if (bad !== undefined) {
          throw new InvalidValueError(name, bad, `allowed: ${(field.choices ?? []).join(', ')}`);
        }
      }
      return;
    case 'Json':
      checkJsonField(list, field, value);
      return;
    case 'DateOnly':
      if (!isIsoDate(value)) {
        fail('must be a date written YYYY-MM-DD');
      }
      return;
    case 'DateTime':
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
        fail('must be an ISO date and time');
      }
      return;
    case 'Integer':
    case 'Lookup':
      if (!Number.isInteger(value) || (value as number) < 0) {
        fail('must be a whole number');
      }
      return;
    case 'Boolean':
      if (typeof value !== 'boolean') {
        fail('must be true or false');
      }
      return;
    case 'User': {
      const p = value as { id?: unknown; displayName?: unknown };
      if (typeof value !== 'object' || typeof p.id !== 'string' || typeof p.displayName !== 'string') {
        fail('must be a person ({ id, displayName })');
      }
      return;
    }
  }
}

/** Validates a whole record (`partial` false) or a patch; unknown keys are refused. */
export function validateRecord<L extends ListKey>(list: L, body: unknown, partial = false): Partial<ListRecords[L]> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new InvalidValueError(list, body, 'must be an object');
  }
  const def = listDef(list);
  const input = body as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!def.fields.some((f) => f.key === key)) {
      throw new InvalidValueError(`${list}.${key}`, input[key], 'not a field of this list');
    }
  }
  for (const field of def.fields) {
    if (partial && !(field.key in input)) {
      continue;
    }
    checkField(list, field, input[field.key]);
  }
  return input as Partial<ListRecords[L]>;
}
