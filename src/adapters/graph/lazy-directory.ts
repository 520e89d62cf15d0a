/**
 * A directory whose implementation loads on first use: the Graph client is not needed to show
 * anyone their items, only to find a person (the owner picker, an import naming owners), so it
 * stays out of the first screen's JS.
 */
import type { Directory } from '../../ports/directory';

export function lazyDirectory(load: () => Promise<Directory>): Directory {
  let loading: Promise<Directory> | null = null;
  const get = (): Promise<Directory> => {
    loading ??= load().catch((error: unknown) => {
      loading = null; // a failed chunk load (offline) is tried again next time
      throw error;
    });
    return loading;
  };
  return {
    search: async (text, top) => (await get()).search(text, top),
    get: async (id) => (await get()).get(id),
  };
}
