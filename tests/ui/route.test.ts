import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type AppRoute } from '../../src/ui/app/useRoute';
import { asItemId } from '../../src/core/model';

describe('the tab’s routes', () => {
  const routes: AppRoute[] = [
    { screen: 'my-items', detailId: null, item: null },
    { screen: 'my-items', detailId: null, item: { list: 'actions', id: asItemId(12) } },
    { screen: 'all', detailId: null, item: null },
    { screen: 'all', detailId: null, item: { list: 'recommendations', id: asItemId(3) } },
    { screen: 'inspections', detailId: asItemId(4), item: { list: 'recommendations', id: asItemId(30) } },
    { screen: 'plans', detailId: asItemId(2), item: null },
    { screen: 'all', detailId: null, item: null, query: 'due=overdue&rag=RED' },
    { screen: 'all', detailId: null, item: { list: 'actions', id: asItemId(9) }, query: 'owner=me' },
  ];

  it.each(routes.map((r) => [routeHash(r), r] as const))('%s survives a reload', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('opens a Teams deep link (subPageId) on My items, and an unknown hash on My items', () => {
    expect(parseRoute('', 'actions:7')).toEqual({ screen: 'my-items', detailId: null, item: { list: 'actions', id: 7 } });
    expect(parseRoute('#/nowhere')).toEqual({ screen: 'my-items', detailId: null, item: null });
  });
});

describe('a filtered view as a link', () => {
  it('carries the filter and sort, and only what differs from the defaults', async () => {
    const { queryOfView, viewFromQuery } = await import('../../src/ui/features/all-items/useAllItems');
    const { NO_FILTER } = await import('../../src/core/item-filter');
    const view = { filter: { ...NO_FILTER, owner: 'me', due: 'overdue' as const, text: 'custody records' }, sort: { key: 'rag' as const, descending: true } };
    const query = queryOfView(view.filter, view.sort);
    expect(query).toBe('text=custody+records&owner=me&due=overdue&sort=rag&desc=1');
    expect(viewFromQuery(query)).toEqual(view);
    expect(queryOfView(NO_FILTER, { key: 'due', descending: false })).toBe('');
  });

  it('opens a hand-edited link with a bad value as the whole list, not an error', async () => {
    const { viewFromQuery } = await import('../../src/ui/features/all-items/useAllItems');
    const { NO_FILTER } = await import('../../src/core/item-filter');
    expect(viewFromQuery('due=soon&sort=colour')).toEqual({ filter: NO_FILTER, sort: { key: 'due', descending: false } });
  });
});
