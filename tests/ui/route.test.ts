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
  ];

  it.each(routes.map((r) => [routeHash(r), r] as const))('%s survives a reload', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('opens a Teams deep link (subPageId) on My items, and an unknown hash on My items', () => {
    expect(parseRoute('', 'actions:7')).toEqual({ screen: 'my-items', detailId: null, item: { list: 'actions', id: 7 } });
    expect(parseRoute('#/nowhere')).toEqual({ screen: 'my-items', detailId: null, item: null });
  });
});
