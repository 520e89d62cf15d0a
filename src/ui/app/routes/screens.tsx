/**
 * Every screen but My items (where the tab opens) and the item editor, each loaded when first
 * shown: their code stays out of the first screen's scripts.
 */
import { lazyScreen } from '../../shared/lazy-screen';
import type { EditorRouteProps } from './EditorRoute';
import type { ComponentType } from 'react';
import type { Screen } from '../useRoute';
import type { RouteProps } from './route-props';

export const OverviewRoute = lazyScreen<RouteProps>(() => import('./OverviewRoute').then((m) => m.OverviewRoute));
export const AllItemsRoute = lazyScreen<RouteProps>(() => import('./AllItemsRoute').then((m) => m.AllItemsRoute));
export const WorkstreamsRoute = lazyScreen<RouteProps>(() => import('./WorkstreamsRoute').then((m) => m.WorkstreamsRoute));
export const PlansRoute = lazyScreen<RouteProps>(() => import('./PlansRoute').then((m) => m.PlansRoute));
export const InspectionsRoute = lazyScreen<RouteProps>(() => import('./InspectionsRoute').then((m) => m.InspectionsRoute));
export const TemplatesRoute = lazyScreen<RouteProps>(() => import('./TemplatesRoute').then((m) => m.TemplatesRoute));
export const UnassignedRoute = lazyScreen<RouteProps>(() => import('./UnassignedRoute').then((m) => m.UnassignedRoute));
export const ImportRoute = lazyScreen<RouteProps>(() => import('./ImportRoute').then((m) => m.ImportRoute));
export const OutboxRoute = lazyScreen<RouteProps>(() => import('./OutboxRoute').then((m) => m.OutboxRoute));
export const BoardPackRoute = lazyScreen<RouteProps>(() =>
  import('../../features/board-pack/BoardPackScreen').then(
    (m) =>
      function BoardPackRoute({ packs, asOf }: RouteProps) {
        return packs ? <m.BoardPackScreen client={packs} asOf={asOf} /> : null;
      }
  )
);
export const DashboardRoute = lazyScreen<RouteProps>(() =>
  import('../../features/dashboard/DashboardScreen').then(
    (m) =>
      function DashboardRoute({ packs, asOf }: RouteProps) {
        return packs ? <m.DashboardScreen client={packs} asOf={asOf} /> : null;
      }
  )
);
export const RoundsRoute = lazyScreen<RouteProps>(() => import('./RoundsRoute').then((m) => m.RoundsRoute));
export const MeetingRoute = lazyScreen<RouteProps>(() => import('./MeetingRoute').then((m) => m.MeetingRoute));
export const ClosuresRoute = lazyScreen<RouteProps>(() => import('./ClosuresRoute').then((m) => m.ClosuresRoute));
export const EditorRoute = lazyScreen<EditorRouteProps>(() => import('./EditorRoute').then((m) => m.EditorRoute));

/** Each screen the shell loads on demand, and how its loading state names it. */
export const LAZY_SCREENS: Readonly<Record<Exclude<Screen, 'my-items'>, Readonly<{ what: string; Route: ComponentType<RouteProps> }>>> = {
  overview: { what: 'Board overview', Route: OverviewRoute },
  all: { what: 'All items', Route: AllItemsRoute },
  workstreams: { what: 'Workstreams', Route: WorkstreamsRoute },
  plans: { what: 'Action plans', Route: PlansRoute },
  templates: { what: 'Templates', Route: TemplatesRoute },
  unassigned: { what: 'Unassigned', Route: UnassignedRoute },
  import: { what: 'Import', Route: ImportRoute },
  inspections: { what: 'Inspections', Route: InspectionsRoute },
  outbox: { what: 'Outbox', Route: OutboxRoute },
  packs: { what: 'Board pack', Route: BoardPackRoute },
  dashboard: { what: 'Dashboard', Route: DashboardRoute },
  rounds: { what: 'Update rounds', Route: RoundsRoute },
  closures: { what: 'Closures to review', Route: ClosuresRoute },
  meeting: { what: 'Meeting view', Route: MeetingRoute },
};
