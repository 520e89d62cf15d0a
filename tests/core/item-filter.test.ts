import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/core/dates';
import { InvalidValueError } from '../../src/core/errors';
import {
  describeFilter,
  filterItems,
  filterParams,
  foldText,
  NO_FILTER,
  readFilter,
  scopeCovers,
  scopeOf,
  sortItems,
  type ItemFilter,
  type ListedItem,
} from '../../src/core/item-filter';
import type { ItemId } from '../../src/core/model';
import { aListedItem } from '../helpers/builders';

const asOf = '2024-04-15' as IsoDate;
const ctx = { asOf, me: 'd.service@colp.example' };
const item = aListedItem;

const titles = (items: readonly ListedItem[]): string[] => items.map((i) => i.title);
const only = (filter: Partial<ItemFilter>, items: readonly ListedItem[]): string[] => titles(filterItems(items, { ...NO_FILTER, ...filter }, ctx));

describe('filtering a list', () => {
  const ds = { id: 'd.service@colp.example', displayName: 'T/Supt. Service' };
  const other = { id: 'chris.nolan@colp.example', displayName: 'Chris Nolan' };
  const items = [
    item({ title: 'mine overdue', owner: ds, dueText: '01/03/2024', rag: 'RED' }),
    item({ title: 'mine next week', owner: ds, dueText: '20/04/2024', rag: 'GREEN' }),
    item({ title: 'theirs in two months', owner: other, dueText: '10/06/2024' }),
    item({ title: 'nobody undated', dueText: 'TBC', rag: null, board: 'Other board', boardId: 2 as ItemId }),
    item({ title: 'closed overdue', owner: ds, dueText: '01/01/2024', lifecycle: 'closed' }),
    item({ title: 'race action', characteristics: ['Race', 'Sex'], progress: 'Sub-group on recruitment met' }),
    item({ title: 'an inspection item', list: 'recommendations', label: 'Recommendation 4', context: 'PEEL 2023' }),
  ];

  it('by owner: me, a person, nobody', () => {
    expect(only({ owner: 'me' }, items)).toEqual(['mine overdue', 'mine next week']);
    expect(only({ owner: other.id }, items)).toEqual(['theirs in two months']);
    expect(only({ owner: 'unassigned' }, items)).toEqual(['nobody undated', 'race action', 'an inspection item']);
  });

  it('by due window, counting overdue as My items does (open, dated, past its day)', () => {
    expect(only({ due: 'overdue' }, items)).toEqual(['mine overdue']);
    expect(only({ due: 'next-7' }, items)).toEqual(['mine next week']);
    expect(only({ due: 'next-90' }, items)).toEqual(['mine next week', 'theirs in two months', 'race action', 'an inspection item']);
    expect(only({ due: 'undated' }, items)).toEqual(['nobody undated']);
  });

  it('by RAG, including "no RAG", and by lifecycle (active by default)', () => {
    expect(only({ rag: 'RED' }, items)).toEqual(['mine overdue']);
    expect(only({ rag: 'none' }, items)).toEqual(['nobody undated']);
    expect(only({}, items)).not.toContain('closed overdue');
    expect(only({ lifecycle: 'closed' }, items)).toEqual(['closed overdue']);
    expect(only({ lifecycle: 'any' }, items)).toHaveLength(items.length);
  });

  it('by board, characteristic and kind of list', () => {
    expect(only({ boardId: 2 as ItemId }, items)).toEqual(['nobody undated']);
    expect(only({ characteristic: 'Race' }, items)).toEqual(['race action']);
    expect(only({ list: 'recommendations' }, items)).toEqual(['an inspection item']);
  });

  it('by words found anywhere, every word, ignoring case, accents and punctuation', () => {
    expect(only({ text: 'SUBGROUP' }, items)).toEqual([]);
    expect(only({ text: 'sub group recruitment' }, items)).toEqual(['race action']);
    expect(only({ text: 'peel recommendation 4' }, items)).toEqual(['an inspection item']);
    expect(only({ text: 'service' }, items)).toEqual(['mine overdue', 'mine next week']);
    expect(foldText('Café – Sub-group’s')).toBe('cafe sub groups');
  });

  it('keeps a reference typed with punctuation together: OD3-01 finds that action, not its neighbour', () => {
    const refs = [
      item({ title: 'the audit', label: 'Action OD3-01' }),
      item({ title: 'the report', label: 'Action OD3-02', progress: 'Audit 01 done', ragRationale: null }),
    ];
    expect(only({ text: 'OD3-01' }, refs)).toEqual(['the audit']);
    expect(only({ text: 'od3 01' }, refs)).toEqual(['the audit', 'the report']);
    // a hyphenated word still finds the same word written solid
    expect(only({ text: 'sub-group' }, [item({ title: 'subgroup minutes' }), item({ title: 'sub group notes' })])).toEqual(['subgroup minutes', 'sub group notes']);
  });

  it('combines every part', () => {
    expect(only({ owner: 'me', due: 'overdue', rag: 'RED', text: 'mine' }, items)).toEqual(['mine overdue']);
    expect(only({ owner: 'me', due: 'overdue', rag: 'GREEN' }, items)).toEqual([]);
  });

  it('knows when what is loaded already holds a narrower scope, and when the store must be asked again', () => {
    const scope = (owner: string | null, lifecycle: ItemFilter['lifecycle'], due: ItemFilter['due']) => ({ owner, lifecycle, due });
    expect(scopeCovers(scope(null, 'active', 'any'), scope(ds.id, 'open', 'overdue'))).toBe(true);
    expect(scopeCovers(scope(null, 'any', 'next-90'), scope(null, 'closed', 'next-7'))).toBe(true);
    expect(scopeCovers(scope(ds.id, 'active', 'any'), scope(null, 'active', 'any'))).toBe(false);
    expect(scopeCovers(scope(null, 'active', 'any'), scope(null, 'closed', 'any'))).toBe(false);
    expect(scopeCovers(scope(null, 'active', 'next-7'), scope(null, 'active', 'next-30'))).toBe(false);
    expect(scopeCovers(scope(null, 'active', 'overdue'), scope(null, 'active', 'next-7'))).toBe(false);
    expect(scopeCovers(scope(null, 'active', 'next-30'), scope(null, 'active', 'undated'))).toBe(false);
  });

  it('names the indexed part as the scope, with "me" resolved', () => {
    expect(scopeOf({ ...NO_FILTER, owner: 'me', due: 'overdue', rag: 'RED', text: 'x' }, ds.id)).toEqual({ owner: ds.id, lifecycle: 'active', due: 'overdue' });
    expect(scopeOf(NO_FILTER, ds.id)).toEqual({ owner: null, lifecycle: 'active', due: 'any' });
  });
});

describe('sorting a list', () => {
  const items = [
    item({ title: 'b', label: 'Action OD1-10', dueText: '01/06/2024', rag: 'GREEN', owner: { id: 'z@x', displayName: 'Zed' } }),
    item({ title: 'a', label: 'Action OD1-9', dueText: 'TBC', rag: 'RED', ownerText: 'DS' }),
    item({ title: 'c', label: 'Action OD1-2', dueText: '01/02/2024', rag: null, owner: { id: 'a@x', displayName: 'Alex' } }),
  ];

  it('by due date with undated last, by RAG worst first, by reference in number order, by owner', () => {
    expect(titles(sortItems(items, { key: 'due', descending: false }, asOf))).toEqual(['c', 'b', 'a']);
    expect(titles(sortItems(items, { key: 'rag', descending: false }, asOf))).toEqual(['a', 'b', 'c']);
    expect(titles(sortItems(items, { key: 'ref', descending: false }, asOf))).toEqual(['c', 'a', 'b']);
    expect(titles(sortItems(items, { key: 'ref', descending: true }, asOf))).toEqual(['b', 'a', 'c']);
    expect(titles(sortItems(items, { key: 'owner', descending: false }, asOf))).toEqual(['c', 'a', 'b']);
  });

  it('leaves the list it was given alone', () => {
    const before = titles(items);
    sortItems(items, { key: 'title', descending: false }, asOf);
    expect(titles(items)).toEqual(before);
  });
});

describe('a filter in words and in a link', () => {
  it('describes what is applied, for the announced count and the export', () => {
    expect(describeFilter(NO_FILTER)).toBe('');
    expect(describeFilter({ ...NO_FILTER, owner: 'me', due: 'overdue', rag: 'RED', text: ' race ' })).toBe('mine, overdue, RED, matching “race”');
    const myBase = { ...NO_FILTER, lifecycle: 'any' } as const;
    expect(describeFilter(myBase, {}, myBase)).toBe('');
    expect(describeFilter({ ...myBase, lifecycle: 'active' }, {}, myBase)).toBe('not closed');
    expect(describeFilter({ ...NO_FILTER, boardId: 3 as ItemId, owner: 'x@y' }, { board: 'EDI board', owner: 'Xavier' })).toBe('owner Xavier, EDI board');
  });

  it('round-trips through parameters, and names a bad value', () => {
    const filter: ItemFilter = { ...NO_FILTER, owner: 'me', due: 'next-30', rag: 'none', lifecycle: 'any', boardId: 4 as ItemId, characteristic: 'Age', text: 'cpd', list: 'actions' };
    expect(readFilter(filterParams(filter))).toEqual(filter);
    expect(readFilter({})).toEqual(NO_FILTER);
    expect(() => readFilter({ due: 'soon' })).toThrow(InvalidValueError);
    expect(() => readFilter({ due: 'soon' })).toThrow(/due: allowed: any, overdue.*"soon"/);
    expect(() => readFilter({ board: 'x1' })).toThrow(/board/);
  });
});
