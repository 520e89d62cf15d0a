/**
 * The raw store query a client sends to /api/lists/:list/query, checked before it reaches the
 * store: bounded (the red team's 20,000 conditions and 40,000 `in` values answered 500), and
 * every value a scalar (an object as a value did too). Errors name the path and the value.
 */
import { z } from 'zod';
import { InvalidValueError } from '../core/errors';
import { MAX_PAGE, type ListQuery } from '../ports/tracker-store';
import { OVERFLOW_TEXT_LIMIT } from '../schema/text-overflow';

/** More conditions than any screen asks for; SharePoint's own query length limits bite long before. */
export const MAX_CONDITIONS = 20;
/** The most values an `in` may carry (the app's own queries send at most a few dozen). */
export const MAX_IN_VALUES = 500;

/** a value as long as the longest text a field holds: an import finds a report by its whole title */
const scalar = z.union([z.string().max(OVERFLOW_TEXT_LIMIT), z.number().finite(), z.boolean(), z.null()]);

const condition = z
  .object({
    field: z.string().min(1).max(100),
    op: z.enum(['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'in', 'isNull', 'notNull']),
    value: z.union([scalar, z.array(scalar).max(MAX_IN_VALUES)]).optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.op === 'in' && !Array.isArray(c.value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `an "in" condition takes a list of up to ${MAX_IN_VALUES} values` });
    }
    if (c.op !== 'in' && Array.isArray(c.value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `only "in" takes a list; "${c.op}" takes one value` });
    }
  });

const listQuery = z
  .object({
    where: z.array(condition).max(MAX_CONDITIONS),
    orderBy: z
      .array(z.object({ field: z.string().min(1).max(100), descending: z.boolean().optional() }).strict())
      .max(5)
      .optional(),
    top: z.number('a page is 1 to 500 items').int('a page is 1 to 500 items').min(1, 'a page is 1 to 500 items').max(MAX_PAGE, 'a page is 1 to 500 items').optional(),
    cursor: z.string().max(2000).nullable().optional(),
  })
  .strict();

/** Reads a zod failure as the domain's error: the first problem, its path and the value there. */
export function invalid(error: z.ZodError, value: unknown, prefix = ''): InvalidValueError {
  const issue = error.issues[0];
  const path = issue?.path ?? [];
  let at: unknown = value;
  for (const key of path) {
    at = at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
  }
  const name = [prefix, ...path.map(String)].filter((p) => p !== '').join('.') || 'body';
  const shown = Array.isArray(at) && at.length > 5 ? `a list of ${at.length}` : at !== null && typeof at === 'object' ? 'an object' : at;
  return new InvalidValueError(name, shown, issue?.message ?? 'is not valid');
}

export function validateQuery(body: unknown): ListQuery {
  const parsed = listQuery.safeParse(body);
  if (!parsed.success) {
    throw invalid(parsed.error, body);
  }
  return parsed.data as ListQuery;
}
