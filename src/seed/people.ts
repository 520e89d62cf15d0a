/**
 * The local mode's sample people. Each carries the roles and initials the seed documents use
 * for owners (the 2012 plan's legend: DS, PP, LC, DL; the highlight reports' owner roles),
 * so seeded items arrive with an owner a newcomer can sign in as.
 */
import type { BoardService, Person } from '../ports/directory';

const person = (
  id: string,
  displayName: string,
  jobTitle: string,
  aliases: string[],
  role: Person['role'] = 'owner',
  serves: BoardService[] = []
): Person => ({ id, mail: id, displayName, jobTitle, aliases, role, ...(serves.length > 0 ? { serves } : {}) });

/** The seeded boards' titles (src/seed/data), which the local secretaries and leads serve. */
export const SEED_BOARDS = {
  operational: 'Operational Delivery Board',
  qos: 'QUALITY OF SERVICE & EDHR ACTION PLAN 2012',
  inspections: 'HMICFRS Report Recommendations',
} as const;

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
  // Morgan serves every board; Jo only the inspections board; Ruth leads the two governance boards.
  person('morgan.ellis@colp.example', 'Morgan Ellis', 'Board Secretary', ['Board Secretary'], 'secretary', [{ board: '*', role: 'secretary' }]),
  person('jo.whitfield@colp.example', 'Jo Whitfield', 'Inspections Board Secretary', ['Inspections Secretary'], 'secretary', [
    { board: SEED_BOARDS.inspections, role: 'secretary' },
  ]),
  person('ruth.adeyemi@colp.example', 'Ruth Adeyemi', 'Commander, Strategic Development', ['Strategic Development'], 'lead', [
    { board: SEED_BOARDS.operational, role: 'lead' },
    { board: SEED_BOARDS.qos, role: 'lead' },
  ]),
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
