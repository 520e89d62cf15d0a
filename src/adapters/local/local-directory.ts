/** The local people directory: the Directory port over a list of sample people. */
import type { Directory, Person } from '../../ports/directory';

export class LocalDirectory implements Directory {
  constructor(private readonly people: readonly Person[]) {}

  async search(text: string, top = 10): Promise<readonly Person[]> {
    const t = text.trim().toLowerCase();
    if (t === '') {
      return this.people.slice(0, top);
    }
    const score = (p: Person): number => {
      const names = [p.displayName, p.mail, ...p.aliases].map((s) => s.toLowerCase());
      if (names.some((n) => n === t)) {
        return 3;
      }
      if (names.some((n) => n.startsWith(t) || n.split(/[\s./@]+/).some((w) => w.startsWith(t)))) {
        return 2;
      }
      return names.some((n) => n.includes(t)) ? 1 : 0;
    };
    return this.people
      .map((p) => ({ p, s: score(p) }))
      .filter((x) => x.s > 0)
      .sort((a, b) => b.s - a.s || a.p.displayName.localeCompare(b.p.displayName))
      .slice(0, top)
      .map((x) => x.p);
  }

  async get(id: string): Promise<Person | null> {
    return this.people.find((p) => p.id.toLowerCase() === id.toLowerCase()) ?? null;
  }
}
