/**
 * The local default of PeopleLookup: each query answered by the Directory port (a JSON list in
 * local mode, so one call each costs nothing). An address matches a person's id or mail; a
 * name matches a display name, an alias (the sources' roles and initials) or a mail exactly.
 */
import type { PersonRef } from '../../core/model';
import type { Directory } from '../../ports/directory';
import type { PeopleLookup, PersonQuery } from '../../ports/people-lookup';

const ref = (p: PersonRef): PersonRef => ({ id: p.id, displayName: p.displayName });

async function findOne(directory: Directory, query: PersonQuery): Promise<PersonRef | null> {
  const t = query.text.trim().toLowerCase();
  if (t === '') {
    return null;
  }
  if (query.by === 'address') {
    const byId = await directory.get(t);
    if (byId) {
      return ref(byId);
    }
  }
  const hits = (await directory.search(query.text.trim(), 5)).filter(
    (p) =>
      p.mail.toLowerCase() === t ||
      (query.by === 'name' && (p.displayName.toLowerCase() === t || p.aliases.some((a) => a.toLowerCase() === t)))
  );
  return hits.length === 1 && hits[0] ? ref(hits[0]) : null;
}

export function directoryPeopleLookup(directory: Directory): PeopleLookup {
  return { find: (queries) => Promise.all(queries.map((q) => findOne(directory, q))) };
}
