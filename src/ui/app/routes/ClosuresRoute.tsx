import { ClosuresToReviewScreen } from '../../features/closure/ClosuresToReviewScreen';
import { useClosuresToReview } from '../../features/closure/useClosuresToReview';
import type { RouteProps } from './route-props';

/** "Closures to review", loaded when first shown like every screen but My items. */
export function ClosuresRoute({ closures, asOf, user, refreshKey, route, openItem }: RouteProps) {
  const review = useClosuresToReview(closures ?? null, asOf, user, refreshKey, true);
  return <ClosuresToReviewScreen state={review} asOf={asOf} selected={route.item} onOpen={openItem} />;
}
