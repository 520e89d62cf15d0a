/** Renders the tab in Microsoft 365 mode once tokens and the person are known. */
import type { Root } from 'react-dom/client';
import type { M365Settings } from '../../config/settings';
import { londonDateOf } from '../../core/dates';
import type { DetectedHost } from '../../host/detect-host';
import type { TokenProvider } from '../../host/token-provider';
import { App } from '../app/App';
import { chooseSaver, SaveFileContext } from '../shared/save-file';
import { classifyStartupFailure } from '../../host/startup-failure';
import { StartupProblem } from './StartupProblem';
import { wireM365 } from './start-m365';

export async function renderM365(
  root: Root,
  settings: M365Settings,
  host: DetectedHost,
  makeTokens: () => Promise<TokenProvider>,
  graphBaseUrl?: string
): Promise<void> {
  try {
    const { client, actor, shelf, packs, closures, rounds, reminders } = await wireM365(settings, await makeTokens(), graphBaseUrl);
    const saveFile = chooseSaver(host.info.clientType, shelf, host.teams?.openLink ?? null);
    // "Today" for the due windows is London's day, not the site's (web/RegionalSettings/TimeZone).
    // The site's zone is how SharePoint encodes a DateOnly value, and the store undoes it on every
    // read, write and filter, so a due date is the same calendar day whatever the site's zone;
    // which day it is *now* belongs to the people using the tracker, UK forces. The reminder job
    // and the bot (functions/m365-reminders.ts, m365-bot.ts), the local server and local mode all
    // take London's day too: a site left on another zone must not make the tab call an item
    // overdue that the morning's reminder called due today. (SharePoint's own list views, with
    // <Today/>, use the site's day; on a UK site the two agree.)
    root.render(
      <SaveFileContext.Provider value={saveFile}>
        <App client={client} host={host} today={londonDateOf(new Date())} initialUser={actor.id} canSwitchUser={false} modeLabel={`Signed in as ${actor.displayName}`} packs={packs} closures={closures} rounds={rounds} reminders={reminders} />
      </SaveFileContext.Provider>
    );
  } catch (error) {
    const failure = classifyStartupFailure(error, navigator.onLine);
    // Teams replaces its loading indicator with the reason; hosts that keep the frame (a
    // browser, Outlook) show ours, with Try again.
    host.teams?.notifyFailure(failure.teams, failure.message);
    root.render(<StartupProblem failure={failure} onRetry={() => void renderM365(root, settings, host, makeTokens, graphBaseUrl)} />);
  }
}
