import { Button, Caption1, Spinner } from '@fluentui/react-components';
import type { AllItemsState } from './useAllItems';
import { formatDay } from '../../shared/format';

/**
 * What All items has not read yet: pages still arriving, or — on a large SharePoint list — the
 * bounded first read's window with "Include everything", then "Load more" a page at a time.
 */
export function MoreItems({ more, loaded }: Readonly<{ more: AllItemsState['more']; loaded: number }>) {
  if (more === null) {
    return null;
  }
  if (!more.onDemand) {
    return <Spinner size="tiny" labelPosition="after" label={`Loading more items (${loaded.toLocaleString('en-GB')} so far)…`} data-testid="more-items" />;
  }
  return (
    <div data-testid="more-items">
      <Caption1>
        {more.window
          ? `Showing items due from ${formatDay(more.window.from)} to ${formatDay(more.window.to)} first, so a large list opens quickly. `
          : `${loaded.toLocaleString('en-GB')} read so far; there are more. `}
      </Caption1>
      <Button size="small" disabled={more.loading} onClick={more.loadMore}>
        {more.loading ? 'Reading…' : more.window ? 'Include everything' : 'Load more'}
      </Button>
    </div>
  );
}
