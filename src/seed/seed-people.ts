/**
 * Who the seed's owners are on a real tenant. Locally the sample people stand for them; in
 * Microsoft 365 nobody is invented: every owner text the seed documents write ("DS",
 * "Ch Supt HQ", a name) is asked of the organisation's directory (PeopleLookup, batched),
 * and only a person it finds — exactly one — becomes the owner. The rest keep their owner as
 * written with no person, for a secretary to assign from the Unassigned screen.
 */
import type { Person } from '../ports/directory';
import type { PeopleLookup } from '../ports/people-lookup';
import { planSeed } from './seed-plan';
import type { RawSeed } from './seed-types';

/** Every distinct owner text the seed plan carries, as written. */
export function seedOwnerTexts(seed: RawSeed): string[] {
  const plan = planSeed(seed, []);
  const texts = new Map<string, string>();
  for (const { record } of [...plan.workstreams, ...plan.actions, ...plan.recommendations]) {
    const text = (record as { ownerText?: string | null }).ownerText?.trim();
    if (text) {
      texts.set(text.toLowerCase(), text);
    }
  }
  return [...texts.values()];
}

/** The directory's people the seed's owner texts name, each carrying that text as an alias. */
export async function seedPeopleFromDirectory(seed: RawSeed, lookup: PeopleLookup): Promise<Person[]> {
  const texts = seedOwnerTexts(seed);
  const found = await lookup.find(texts.map((text) => ({ by: /^[^\s@]+@[^\s@]+$/.test(text) ? ('address' as const) : ('name' as const), text })));
  const byId = new Map<string, Person>();
  found.forEach((ref, i) => {
    if (!ref) {
      return;
    }
    const known = byId.get(ref.id);
    const alias = texts[i] as string;
    byId.set(ref.id, known ? { ...known, aliases: [...known.aliases, alias] } : { id: ref.id, mail: ref.id, displayName: ref.displayName, jobTitle: null, aliases: [alias], role: 'owner' });
  });
  return [...byId.values()];
}
