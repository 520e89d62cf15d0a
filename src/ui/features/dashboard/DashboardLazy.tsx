/** The Dashboard screen, loaded when first shown: it stays out of the tab's first-screen JS. */
import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import type { DashboardScreenProps } from './DashboardScreen';

const Screen = lazy(() => import('./DashboardScreen').then((m) => ({ default: m.DashboardScreen })));

export function DashboardLazy(props: DashboardScreenProps) {
  return (
    <Suspense fallback={<Spinner size="tiny" label="Loading the Dashboard…" />}>
      <Screen {...props} />
    </Suspense>
  );
}
