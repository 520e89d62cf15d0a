/**
 * The shape of every element a Json field holds, derived from the schema (`element` on the
 * field): zod validators used when a record is written (errors name the field, the element
 * and the value) and when it is read back (an element that does not fit is left out and
 * named, so one wrong-shaped element, written by hand in SharePoint or straight into the
 * database, neither blanks a screen nor fails a list for everyone).
 */
// zod/mini: the same validators as zod's classic API in a fraction of the bytes (the tab reads
// Json fields on its first screen); its issues carry no English, so describe() words them.
import * as z from 'zod/mini';
import { isIsoDate } from '../core/dates';
import { DUE_KINDS } from '../core/due-date';
import { InvalidValueError } from '../core/errors';
import type { ListKey } from '../core/model';
import { LIFECYCLES, RAGS } from '../core/rag';
import type { FieldDef, JsonElement } from './types';

const ISO_DATE = 'must be a date written YYYY-MM-DD';
const text = z.string().check(z.maxLength(8000));
const nullableText = z.nullable(z.string().check(z.maxLength(8000)));
const isoDate = z.string().check(z.refine(isIsoDate, ISO_DATE));

const ELEMENT: Readonly<Record<JsonElement, z.ZodMiniType>> = {
  text,
  subAction: z.looseObject({ actionRequired: nullableText, currentPosition: nullableText }),
  part: z.looseObject({
    label: nullableText,
    rag: z.nullable(z.enum(RAGS as [string, ...string[]])),
    lifecycle: z.enum(LIFECYCLES as [string, ...string[]]),
    comment: nullableText,
    dueText: nullableText,
    dueDate: z.nullable(isoDate),
    duePrecision: z.nullable(z.enum(['day', 'month', 'quarter', 'year'])),
    dueKind: z.enum(DUE_KINDS as [string, ...string[]]),
    internalDeadline: z.boolean(),
  }),
  closureFact: z.looseObject({
    fact: z.enum(['closed', 'authorised', 'superseded']),
    on: isoDate,
    by: z.string(),
    byName: z.string(),
    recordedAt: z.string(),
    ref: nullableText,
    supersededBy: z.optional(z.looseObject({ id: z.int().check(z.positive()), label: z.string() })),
  }),
  sourceNote: z.looseObject({
    kind: z.enum(['inferred', 'asWritten', 'suggested', 'cut']),
    field: z.string().check(z.maxLength(100)),
    text: text,
    fuller: z.optional(nullableText),
    from: z.optional(nullableText),
  }),
  legendEntry: z.looseObject({ status: z.string().check(z.maxLength(100)), meaning: text }),
};

function elementOf(field: FieldDef): z.ZodMiniType {
  return ELEMENT[field.element ?? 'text'];
}

/** What is wrong with an element, in words (zod/mini's issues carry codes, not sentences). */
function problemOf(issue: z.core.$ZodIssue, value: unknown): string {
  if (value === undefined) {
    return 'is missing';
  }
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${issue.expected === 'int' ? 'a whole number' : `a ${issue.expected}`}`;
    case 'too_big':
      return issue.origin === 'string' ? `must be at most ${String(issue.maximum)} characters` : `must be at most ${String(issue.maximum)}`;
    case 'too_small':
      return issue.origin === 'string' ? `must be at least ${String(issue.minimum)} characters` : `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'custom':
      return issue.message;
    default:
      return 'is not valid';
  }
}

/** the part of the element an issue's path points at (zod/mini does not report it) */
function valueAt(element: unknown, path: readonly PropertyKey[]): unknown {
  let at = element;
  for (const key of path) {
    at = at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return at;
}

function describe(issue: z.core.$ZodIssue | undefined, element: unknown): string {
  if (!issue) {
    return 'is not valid';
  }
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${problemOf(issue, valueAt(element, issue.path))}`;
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
      throw new InvalidValueError(`${name}[${i}]`, element, describe(result.error.issues[0], element));
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
