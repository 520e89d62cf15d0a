/**
 * Owners named in a file, resolved through the directory before the rows are parsed: by e-mail,
 * or by a name, role or initials the directory knows. A cell naming several people
 * ("A Smith; B Jones", as Planner's Assigned To writes them) is kept as written and its first
 * person becomes the owner, with a warning, so nobody is dropped without a word.
 */
import type { PersonRef } from '../core/model';
import type { Directory } from '../ports/directory';
import type { OwnerLookup } from './parse-rows';

/** The people a cell names, split on ";" (Planner, Lists) or a line break. */
export function peopleIn(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
}

async function byName(directory: Directory, text: string): Promise<PersonRef | null> {
  const t = text.toLowerCase();
  const hits = (await directory.search(text, 5)).filter(
    (p) => p.displayName.toLowerCase() === t || p.mail.toLowerCase() === t || p.aliases.some((a) => a.toLowerCase() === t)
  );
  return hits.length === 1 && hits[0] ? { id: hits[0].id, displayName: hits[0].displayName } : null;
}

export async function resolveOwners(directory: Directory, texts: ReadonlySet<string>, emails: ReadonlySet<string>): Promise<OwnerLookup> {
  const resolvedEmails = new Map<string, PersonRef | null>();
  const resolvedTexts = new Map<string, PersonRef | null>();
  for (const email of emails) {
    const p = await directory.get(email);
    resolvedEmails.set(email.toLowerCase(), p ? { id: p.id, displayName: p.displayName } : null);
  }
  const names = new Map<string, Promise<PersonRef | null>>();
  const lookUp = (name: string): Promise<PersonRef | null> => {
    const key = name.toLowerCase();
    let pending = names.get(key);
    if (!pending) {
      pending = byName(directory, name);
      names.set(key, pending);
    }
    return pending;
  };
  for (const text of texts) {
    const [first] = peopleIn(text);
    resolvedTexts.set(text.toLowerCase(), first ? await lookUp(first) : null);
  }
  return { byEmail: resolvedEmails, byText: resolvedTexts };
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
