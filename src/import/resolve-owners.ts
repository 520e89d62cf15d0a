/**
 * Owners named in a file, resolved through the directory before the rows are parsed: by e-mail,
 * or by a name, role or initials the directory knows. A cell naming several people
 * ("A Smith; B Jones", as Planner's Assigned To writes them) is kept as written and its first
 * person becomes the owner, with a warning, so nobody is dropped without a word.
 */
import type { PersonRef } from '../core/model';
import type { PeopleLookup, PersonQuery } from '../ports/people-lookup';
import type { OwnerLookup } from './parse-rows';

/** The people a cell names, split on ";" (Planner, Lists) or a line break. */
export function peopleIn(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
}

const looksLikeAddress = (text: string): boolean => /^[^\s@]+@[^\s@]+$/.test(text);

/**
 * Every distinct person the file names, asked of the directory in one go (Graph batches
 * them, ≤ 20 a request): an e-mail column by address; an owner cell's first person by address
 * when it is one, else by name. Nobody found means the owner is kept as written, with no person.
 */
export async function resolveOwners(people: PeopleLookup, texts: ReadonlySet<string>, emails: ReadonlySet<string>): Promise<OwnerLookup> {
  const queries = new Map<string, PersonQuery>();
  const ask = (text: string, by: PersonQuery['by']): string => {
    const key = `${by}:${text.toLowerCase()}`;
    if (!queries.has(key)) {
      queries.set(key, { by, text });
    }
    return key;
  };
  const emailKeys = [...emails].map((email) => [email.toLowerCase(), ask(email, 'address')] as const);
  const textKeys = [...texts].map((text) => {
    const [first] = peopleIn(text);
    return [text.toLowerCase(), first ? ask(first, looksLikeAddress(first) ? 'address' : 'name') : null] as const;
  });
  const asked = [...queries.entries()];
  const found = await people.find(asked.map(([, q]) => q));
  const answers = new Map<string, PersonRef | null>(asked.map(([key], i) => [key, found[i] ?? null]));
  return {
    byEmail: new Map(emailKeys.map(([email, key]) => [email, answers.get(key) ?? null])),
    byText: new Map(textKeys.map(([text, key]) => [text, key ? (answers.get(key) ?? null) : null])),
  };
}

/** One warning per row whose owner cell names several people. */
export function severalOwnersWarnings(
  rows: ReadonlyArray<Readonly<{ row: number; ownerText: string | null; owner: PersonRef | null }>>,
  column: string
): string[] {
  const out: string[] = [];
  for (const r of rows) {
    const people = r.ownerText ? peopleIn(r.ownerText) : [];
    if (people.length > 1) {
      const who = r.owner ? `"${people[0]}" (${r.owner.displayName}) is the owner` : `"${people[0]}" is not in the directory, so no person is set`;
      out.push(`row ${r.row}: ${column}: names ${people.length} people ("${r.ownerText}"); kept as written, and ${who}`);
    }
  }
  return out;
}
