/**
 * The bench's reference: React, Fluent UI, teams-js, PnPjs and MSAL with nothing of ours,
 * each used just enough that the bundler keeps what a tab of this kind needs. Our first
 * screen is measured against what these libraries cost on their own.
 */
import { Button, FluentProvider, Input, Tab, TabList, Table, TableBody, TableCell, TableRow, webLightTheme } from '@fluentui/react-components';
import { app } from '@microsoft/teams-js';
import { createStandardPublicClientApplication } from '@azure/msal-browser';
import { spfi, SPBrowser } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { createRoot } from 'react-dom/client';

function Reference() {
  return (
    <FluentProvider theme={webLightTheme}>
      <TabList defaultSelectedValue="a">
        <Tab value="a">My items</Tab>
        <Tab value="b">All items</Tab>
      </TabList>
      <Input aria-label="Search" />
      <Table>
        <TableBody>
          <TableRow>
            <TableCell>row</TableCell>
          </TableRow>
        </TableBody>
      </Table>
      <Button appearance="primary">Save</Button>
    </FluentProvider>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<Reference />);
void app.initialize().catch(() => undefined);
void createStandardPublicClientApplication({ auth: { clientId: '00000000-0000-0000-0000-000000000000' } }).catch(() => undefined);
const sp = spfi('https://contoso.sharepoint.com/sites/x').using(SPBrowser());
const [batched] = sp.batched();
void batched.web.lists.getByTitle('Actions').items.select('Id')().catch(() => undefined);
