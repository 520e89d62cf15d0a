/**
 * Three-way merge of an edit against a newer stored version (DESIGN §7): fields only one side
 * changed merge by themselves; fields both sides changed differently are conflicts the user
 * resolves, shown side by side. Nothing either person typed is dropped.
 */
export type FieldConflict = Readonly<{ field: string; base: unknown; mine: unknown; theirs: unknown }>;

export type MergeResult<T> = Readonly<{
  /** theirs with my non-conflicting changes applied; conflicting fields keep theirs until chosen */
  merged: T;
  conflicts: readonly FieldConflict[];
  /** fields I changed that merged cleanly */
  applied: readonly string[];
}>;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

export function mergeThreeWay<T extends Record<string, unknown>>(
  base: T,
  mine: Partial<T>,
  theirs: T,
  fields: readonly (keyof T & string)[]
): MergeResult<T> {
  const merged: Record<string, unknown> = { ...theirs };
  const conflicts: FieldConflict[] = [];
  const applied: string[] = [];
  for (const field of fields) {
    if (!(field in mine)) {
      continue;
    }
    const b = base[field];
    const m = mine[field];
    const t = theirs[field];
    const iChanged = !same(m, b);
    const theyChanged = !same(t, b);
    if (!iChanged || same(m, t)) {
      continue;
    }
    if (!theyChanged) {
      merged[field] = m;
      applied.push(field);
    } else {
      conflicts.push({ field, base: b, mine: m, theirs: t });
    }
  }
  return { merged: merged as T, conflicts, applied };
}

/** Applies the user's choice per conflicting field ('mine' or 'theirs'). */
export function resolveConflicts<T extends Record<string, unknown>>(
  result: MergeResult<T>,
  choices: Readonly<Record<string, 'mine' | 'theirs'>>
): T {
  const out: Record<string, unknown> = { ...result.merged };
  for (const c of result.conflicts) {
    out[c.field] = choices[c.field] === 'mine' ? c.mine : c.theirs;
  }
  return out as T;
}
