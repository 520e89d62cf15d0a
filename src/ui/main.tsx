/**
 * The tab's composition root (local mode): detect the host, wire the HTTP client of the
 * local server, render. Microsoft 365 mode wires SharePoint and Graph here instead.
 */
import { createRoot } from 'react-dom/client';
import { TrackerApi } from '../adapters/http/tracker-api';
import { londonDateOf } from '../core/dates';
import { detectHost } from '../host/detect-host';
import { App } from './app/App';
import { storedUser } from './app/session';

async function start(): Promise<void> {
  const host = await detectHost();
  let user = storedUser();
  const client = new TrackerApi({ baseUrl: '', user: () => user });
  const root = createRoot(document.getElementById('root') as HTMLElement);
  root.render(
    <App
      client={client}
      host={host}
      today={londonDateOf(new Date())}
      initialUser={user}
      onUserChange={(id) => {
        user = id;
      }}
    />
  );
}

void start();
