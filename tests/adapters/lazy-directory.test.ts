import { describe, expect, it } from 'vitest';
import { lazyDirectory } from '../../src/adapters/graph/lazy-directory';
import type { Directory } from '../../src/ports/directory';

const phil = { id: 'phil.pepper@colp.example', mail: 'phil.pepper@colp.example', displayName: 'Phil Pepper', jobTitle: null, aliases: [], role: 'owner' as const };

describe('a directory that loads when first used', () => {
  it('loads nothing until someone looks for a person, then once', async () => {
    let loads = 0;
    const real: Directory = { search: async () => [phil], get: async (id) => (id === phil.id ? phil : null) };
    const directory = lazyDirectory(async () => {
      loads += 1;
      return real;
    });
    expect(loads).toBe(0);
    expect(await directory.search('Pep', 5)).toEqual([phil]);
    expect(await directory.get(phil.id)).toEqual(phil);
    expect(loads).toBe(1);
  });

  it('a failed load (offline) is tried again next time', async () => {
    let attempts = 0;
    const directory = lazyDirectory(async () => {
      attempts += 1;
      if (attempts === 1) {
        throw new TypeError('Failed to fetch dynamically imported module');
      }
      return { search: async () => [phil], get: async () => phil };
    });
    await expect(directory.search('P')).rejects.toThrow(/Failed to fetch/);
    expect(await directory.search('P')).toEqual([phil]);
  });
});
