import type { IsoDate } from '../../../core/dates';
import type { HostInfo, ThemeName } from '../../../host/host-context';
import type { Person } from '../../../ports/directory';
import type { PackClient } from '../../../ports/pack-client';
import type { ReminderClient } from '../../../ports/reminder-client';
import type { RoundClient } from '../../../ports/round-client';
import type { ClosureClient } from '../../../ports/closure-client';
import type { TrackerClient } from '../../../ports/tracker-client';
import type { AppRoute, ItemRoute } from '../useRoute';

/** What the shell hands every screen it loads on demand: each screen owns its state hook. */
export type RouteProps = Readonly<{
  client: TrackerClient;
  route: AppRoute;
  asOf: IsoDate;
  /** the real day (asOf may be moved to count overdue on another): what a decision is dated by default */
  today: IsoDate;
  /** where the tab runs: a meeting's side panel gets a compact layout */
  host: HostInfo;
  user: string;
  /** bumped after any save, so a screen reads again */
  refreshKey: number;
  refresh: () => void;
  theme: ThemeName;
  go: (route: AppRoute) => void;
  openItem: (item: ItemRoute) => void;
  replaceQuery: (query: string) => void;
  reminders?: ReminderClient;
  packs?: PackClient;
  /** update rounds before a board */
  rounds?: RoundClient;
  /** two-key closure: "Closures to review" */
  closures?: ClosureClient;
  /** the signed-in person with their role, once known: what a screen offers depends on it */
  me?: Person | null;
}>;
