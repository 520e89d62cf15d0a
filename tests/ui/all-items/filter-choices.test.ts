import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store';
import type { IsoDate } from '../../../src/core/dates';
import type { ListedItem } from '../../../src/core/item-filter';
import { queryAll } from '../../../src/ports/tracker-store';
import { loadSeed } from '../../../src/seed/load-seed';
import { LOCAL_PEOPLE } from '../../../src/seed/people';
import { readSeed } from '../../../src/seed/read-seed';
import { planSeed } from '../../../src/seed/seed-plan';
import { listItems } from '../../../src/services/list-items';
import { boardChoices, NOTHING_KNOWN, ownerChoices, remember } from '../../../src/ui/features/all-items/filter-choices';

describe('All items filter choices', () => {
  let store: SqliteStore;
  let items: ListedItem[];
  beforeAll(async () => {
    store = new SqliteStore();
    await loadSeed(store, planSeed(readSeed(), LOCAL_PEOPLE));
    items = await listItems(store, { owner: null, lifecycle: 'any', due: 'any' }, '2024-04-15' as IsoDate);
  }, 60_000);
  afterAll(() => store.close());

  it('offers as boards only the board records that hold items, never the plan, workstream or report an item sits under', async () => {
    const boards = await queryAll(store, 'boards', { where: [{ field: 'id', op: 'gt', value: 0 }] });
    const choices = boardChoices(remember(NOTHING_KNOWN, items));
    const holding = new Set(items.map((i) => i.boardId));
    expect(choices.map((c) => [c.id, c.title])).toEqual(
      boards.filter((b) => holding.has(b.id)).map((b) => [b.id, b.title]).sort(([, a], [, b]) => String(a).localeCompare(String(b))),
    );
    expect(choices.length).toBeGreaterThan(1);
    const contexts = new Set(items.map((i) => i.context).filter((c): c is string => c !== null));
    expect(choices.filter((c) => contexts.has(c.title))).toEqual([]);
  });

  it('keeps what earlier loads offered, once each, and offers owners but the one looking', () => {
    const [first, ...rest] = items;
    const known = remember(remember(NOTHING_KNOWN, rest), first ? [first] : []);
    expect(new Set(boardChoices(known).map((c) => c.id)).size).toBe(boardChoices(known).length);
    expect(boardChoices(remember(known, [])).length).toBe(boardChoices(known).length);
    const someone = items.find((i) => i.owner)?.owner;
    expect(someone).toBeDefined();
    expect(ownerChoices(known, someone?.id ?? '').some((o) => o.id === someone?.id)).toBe(false);
    expect(ownerChoices(known, 'nobody@colp.example').some((o) => o.id === someone?.id)).toBe(true);
  });
});
