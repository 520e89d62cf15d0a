/** The Board pack screen, loaded when first shown: it stays out of the tab's first-screen JS. */
import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import type { BoardPackScreenProps } from './BoardPackScreen';

const Screen = lazy(() => import('./BoardPackScreen').then((m) => ({ default: m.BoardPackScreen })));

export function BoardPackLazy(props: BoardPackScreenProps) {
  return (
    <Suspense fallback={<Spinner size="tiny" label="Loading the Board pack screen…" />}>
      <Screen {...props} />
    </Suspense>
  );
}
