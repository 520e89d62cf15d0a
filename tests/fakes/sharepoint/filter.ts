/** Parses and evaluates the OData $filter grammar our adapter writes: clauses joined by "and", "or" groups. */

export type Clause = { column: string; op: string; value: unknown }[];

/**
 * A `datetime'…'` literal: compared with stored date-times as instants (SharePoint keeps them in
 * UTC), so a DateOnly bound must be the very instant stored for that day to include it.
 */
export class DateTimeLiteral {
  constructor(readonly instant: number) {}
}

function parseLiteral(text: string): unknown {
  const t = text.trim();
  if (t === 'null') {
    return null;
  }
  const dt = /^datetime'(.*)'$/.exec(t);
  if (dt) {
    const instant = Date.parse(dt[1] as string);
    if (Number.isNaN(instant)) {
      throw new Error(`The expression "${t}" is not valid.`);
    }
    return new DateTimeLiteral(instant);
  }
  const str = /^'((?:[^']|'')*)'$/.exec(t);
  if (str) {
    return (str[1] as string).replace(/''/g, "'");
  }
  if (t === 'true') {
    return true;
  }
  if (t === 'false') {
    return false;
  }
  const n = Number(t);
  if (Number.isFinite(n)) {
    return n;
  }
  throw new Error(`fake: cannot read literal ${t}`);
}

function splitTop(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === "'") {
      quoted = !quoted;
    } else if (!quoted && ch === '(') {
      depth += 1;
    } else if (!quoted && ch === ')') {
      depth -= 1;
    } else if (!quoted && depth === 0 && text.startsWith(separator, i)) {
      parts.push(text.slice(start, i));
      start = i + separator.length;
      i += separator.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

export function parseFilter(filter: string): Clause[] {
  return splitTop(filter, ' and ').map((part) => {
    const inner = part.startsWith('(') && part.endsWith(')') ? part.slice(1, -1) : part;
    return splitTop(inner, ' or ').map((c) => {
      const m = /^([A-Za-z0-9_]+) (eq|ne|lt|le|gt|ge) (.+)$/.exec(c);
      if (!m) {
        throw new Error(`fake: cannot read filter clause ${c}`);
      }
      return { column: m[1] as string, op: m[2] as string, value: parseLiteral(m[3] as string) };
    });
  });
}

export function compare(a: unknown, b: unknown): number {
  if (a === b) {
    return 0;
  }
  if (a === null || a === undefined) {
    return -1;
  }
  if (b === null || b === undefined) {
    return 1;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

export function matches(item: Record<string, unknown>, clauses: Clause[]): boolean {
  return clauses.every((alternatives) =>
    alternatives.some(({ column, op, value }) => {
      let actual = item[column] ?? null;
      if (typeof actual === 'boolean' && typeof value === 'number') {
        actual = actual ? 1 : 0;
      }
      if (value instanceof DateTimeLiteral) {
        actual = typeof actual === 'string' ? Date.parse(actual) : actual;
        value = value.instant;
      }
      const c = compare(actual, value);
      switch (op) {
        case 'eq':
          return value === null ? actual === null : c === 0;
        case 'ne':
          return value === null ? actual !== null : c !== 0;
        case 'lt':
          return actual !== null && c < 0;
        case 'le':
          return actual !== null && c <= 0;
        case 'gt':
          return actual !== null && c > 0;
        case 'ge':
          return actual !== null && c >= 0;
        default:
          return false;
      }
    })
  );
}
