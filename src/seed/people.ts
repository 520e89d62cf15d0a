/**
 * The local mode's sample people. Each carries the roles and initials the seed documents use
 * for owners (the 2012 plan's legend: DS, PP, LC, DL; the highlight reports' owner roles),
 * so seeded items arrive with an owner a newcomer can sign in as.
 */
import type { Person } from '../ports/directory';

const person = (
  id: string,
  displayName: string,
  jobTitle: string,
  aliases: string[],
  role: Person['role'] = 'owner'
): Person => ({ id, mail: id, displayName, jobTitle, aliases, role });

export const LOCAL_PEOPLE: readonly Person[] = [
  person('sam.okafor@colp.example', 'Sam Okafor', 'Ch Supt Local Policing', ['Ch Supt Local Policing']),
  person('priya.shah@colp.example', 'Priya Shah', 'Ch Supt Transform', ['Ch Supt Transform']),
  person('tom.hughes@colp.example', 'Tom Hughes', 'Ch Supt HQ', ['Ch Supt HQ']),
  person('grace.mensah@colp.example', 'Grace Mensah', 'Director of HR', ['Director of HR']),
  person('dan.bradford@colp.example', 'Dan Bradford', 'T/DCS', ['T/DCS Bradford']),
  person('alex.fraser@colp.example', 'Alex Fraser', 'Ch Supt AF/NFIB', ['Ch Supt AF/NFIB']),
  person('d.service@colp.example', 'T/Supt. Service', 'Strand champion, Operational Delivery', ['DS', 'T/Supt. Service']),
  person('phil.pepper@colp.example', 'Phil Pepper', 'Strand champion, Our People, Our Culture', ['PP', 'Phil Pepper']),
  person('l.cussen@colp.example', 'Supt. Cussen', 'Strand champion, Organisational Process', ['LC', 'Supt. Cussen']),
  person('d.lawes@colp.example', 'T/Supt. Lawes', 'Strand champion, Local Accountability', ['DL', 'T/Supt. Lawes']),
  person('morgan.ellis@colp.example', 'Morgan Ellis', 'Board Secretary', ['Board Secretary'], 'secretary'),
  person('ruth.adeyemi@colp.example', 'Ruth Adeyemi', 'Commander, Strategic Development', ['Strategic Development'], 'lead'),
  person('chris.nolan@colp.example', 'Chris Nolan', 'Board member', [], 'member'),
];

/** Finds the person a source owner text names ("DS", "Ch Supt HQ"), if exactly one does. */
export function personForOwnerText(people: readonly Person[], ownerText: string | null): Person | null {
  if (!ownerText) {
    return null;
  }
  const t = ownerText.trim().toLowerCase();
  const hits = people.filter(
    (p) => p.displayName.toLowerCase() === t || p.aliases.some((a) => a.toLowerCase() === t)
  );
  return hits.length === 1 ? (hits[0] as Person) : null;
}
