/**
 * The signed-in person as the SharePoint site knows them: the same identity (their e-mail) that
 * the site's person fields carry, so "my items" and authorship match without asking Graph.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/site-users/web.js';
import './pnp-preset';

export type SiteUser = Readonly<{ id: string; displayName: string }>;

export async function currentSiteUser(sp: SPFI, account: string): Promise<SiteUser> {
  const me = (await sp.web.currentUser.select('Title', 'Email', 'UserPrincipalName')()) as { Title?: string; Email?: string; UserPrincipalName?: string };
  const id = (me.Email || me.UserPrincipalName || account).toLowerCase();
  return { id, displayName: me.Title || id };
}
