/**
 * The shape of every element a Json field holds, derived from the schema (`element` on the
 * field): zod validators used when a record is written (errors name the field, the element
 * and the value) and when it is read back (an element that does not fit is left out and
 * named, so one wrong-shaped element, written by hand in SharePoint or straight into the
 * database, neither blanks a screen nor fails a list for everyone).
 */
import { z } from 'zod';
import { isIsoDate } from '../core/dates';
import { DUE_KINDS } from '../core/due-date';
import { InvalidValueError } from '../core/errors';
import type { ListKey } from '../core/model';
import { LIFECYCLES, RAGS } from '../core/rag';
import type { FieldDef, JsonElement } from './types';

const text = z.string().max(8000);
const nullableText = z.string().max(8000).nullable();

const ELEMENT: Readonly<Record<JsonElement, z.ZodType>> = {
  text,
  subAction: z.looseObject({ actionRequired: nullableText, currentPosition: nullableText }),
  part: z.looseObject({
    label: nullableText,
    rag: z.enum(RAGS as [string, ...string[]]).nullable(),
    lifecycle: z.enum(LIFECYCLES as [string, ...string[]]),
    comment: nullableText,
    dueText: nullableText,
    dueDate: z.string().refine(isIsoDate, 'must be a date written YYYY-MM-DD').nullable(),
    duePrecision: z.enum(['day', 'month', 'quarter', 'year']).nullable(),
    dueKind: z.enum(DUE_KINDS as [string, ...string[]]),
    internalDeadline: z.boolean(),
  }),
  closureFact: z.looseObject({
    fact: z.enum(['closed', 'authorised', 'superseded']),
    on: z.string().refine(isIsoDate, 'must be a date written YYYY-MM-DD'),
    by: z.string(),
    byName: z.string(),
    recordedAt: z.string(),
    ref: nullableText,
    supersededBy: z.looseObject({ id: z.number().int().positive(), label: z.string() }).optional(),
  }),
};

function elementOf(field: FieldDef): z.ZodType {
  return ELEMENT[field.element ?? 'text'];
}

function describe(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) {
    return 'is not valid';
  }
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

/** Checks a Json field's value on write: a list whose every element has the field's shape. */
export function checkJsonField(list: ListKey, field: FieldDef, value: unknown): void {
  const name = `${list}.${field.key}`;
  if (!Array.isArray(value)) {
    throw new InvalidValueError(name, value, 'must be a list');
  }
  const shape = elementOf(field);
  value.forEach((element, i) => {
    const result = shape.safeParse(element);
    if (!result.success) {
      throw new InvalidValueError(`${name}[${i}]`, element, describe(result.error.issues[0]));
    }
  });
}

export type JsonRead = Readonly<{ value: readonly unknown[]; problem: string | null }>;

/**
 * Reads a stored Json field (the text as stored, or already parsed): the elements that fit,
 * and a sentence naming what was left out, or null when everything fitted.
 */
export function readJsonField(field: FieldDef, raw: unknown): JsonRead {
  if (raw === null || raw === undefined || raw === '') {
    return { value: [], problem: null };
  }
  let parsed: unknown = raw;
  if (typeof raw === 'string') {
    try {
      parsed = JSON.parse(raw) as unknown;
    } catch {
      return { value: [], problem: `${field.displayName}: not readable (${JSON.stringify(raw.slice(0, 40))})` };
    }
  }
  if (!Array.isArray(parsed)) {
    return { value: [], problem: `${field.displayName}: not a list` };
  }
  const shape = elementOf(field);
  const value: unknown[] = [];
  const bad: number[] = [];
  parsed.forEach((element, i) => {
    const result = shape.safeParse(element);
    if (result.success) {
      value.push(result.data);
    } else {
      bad.push(i + 1);
    }
  });
  return bad.length === 0 ? { value, problem: null } : { value, problem: `${field.displayName}: ${bad.length === 1 ? `entry ${bad[0]} was` : `entries ${bad.join(', ')} were`} not readable and left out` };
}
