import { describe, expect, it } from 'vitest';
import { itemDeepLink } from '../../src/host/deep-link';
import { asItemId } from '../../src/core/model';
import { parseItemRoute } from '../../src/ui/app/useRoute';

describe('deep links to an item', () => {
  const link = itemDeepLink({ teamsAppId: 'ffffffff-0000-4111-8222-333333333333', entityId: 'myItems', tabUrl: 'https://tracker.contoso.org', list: 'actions', id: asItemId(12), label: 'Action OD1-01' });

  it('use the configured app id and carry the item as subEntityId', () => {
    const url = new URL(link);
    expect(url.pathname).toBe('/l/entity/ffffffff-0000-4111-8222-333333333333/myItems');
    expect(JSON.parse(url.searchParams.get('context') ?? '{}')).toEqual({ subEntityId: 'actions:12' });
    expect(url.searchParams.get('webUrl')).toBe('https://tracker.contoso.org/#/items/actions/12');
  });

  it('open that item in the tab, from Teams (subPageId) or the browser (hash)', () => {
    expect(parseItemRoute('actions:12')).toEqual({ list: 'actions', id: 12 });
    expect(parseItemRoute('#/items/recommendations/7')).toEqual({ list: 'recommendations', id: 7 });
    expect(parseItemRoute('boards:1')).toBeNull();
    expect(parseItemRoute(null)).toBeNull();
  });
});
