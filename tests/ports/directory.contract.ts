/** The Directory contract: the local directory and the Graph directory answer alike. */
import { describe, expect, it } from 'vitest';
import type { Directory } from '../../src/ports/directory';

/** The people every directory under test holds. */
export const CONTRACT_PEOPLE = [
  { mail: 'sam.okafor@colp.example', displayName: 'Sam Okafor', jobTitle: 'Ch Supt Local Policing' },
  { mail: 'phil.pepper@colp.example', displayName: 'Phil Pepper', jobTitle: 'Strand champion' },
  { mail: 'priya.shah@colp.example', displayName: 'Priya Shah', jobTitle: 'Ch Supt Transform' },
] as const;

export function directoryContract(name: string, make: () => Directory): void {
  describe(`Directory contract: ${name}`, () => {
    it('finds people by the start of a name, case-insensitively', async () => {
      const found = await make().search('pep');
      expect(found.map((p) => p.displayName)).toEqual(['Phil Pepper']);
      expect((await make().search('SAM')).map((p) => p.id)).toEqual(['sam.okafor@colp.example']);
    });

    it('finds people by e-mail', async () => {
      expect((await make().search('priya.shah')).map((p) => p.displayName)).toEqual(['Priya Shah']);
    });

    it('returns at most `top` people', async () => {
      expect((await make().search('', 2)).length).toBeLessThanOrEqual(2);
    });

    it('treats quotes in what was typed as text, not syntax', async () => {
      expect(await make().search('"x" OR "mail:')).toEqual([]);
    });

    it('gets one person by id, or null', async () => {
      expect(await make().get('phil.pepper@colp.example')).toMatchObject({ displayName: 'Phil Pepper', mail: 'phil.pepper@colp.example' });
      expect(await make().get('nobody@colp.example')).toBeNull();
    });
  });
}
