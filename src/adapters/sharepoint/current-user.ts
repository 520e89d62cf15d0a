/**
 * The signed-in person as the SharePoint site knows them: the same identity (their UPN, from
 * the login claim) that the site's person fields carry, so "my items" and authorship match
 * without asking Graph — for a guest and for someone whose mail is not their UPN too.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/site-users/web.js';
import { upnFromClaim } from './claims';
import './pnp-preset';

export type SiteUser = Readonly<{ id: string; displayName: string }>;

export async function currentSiteUser(sp: SPFI, account: string): Promise<SiteUser> {
  const me = (await sp.web.currentUser.select('Title', 'Email', 'UserPrincipalName', 'LoginName')()) as { Title?: string; Email?: string; UserPrincipalName?: string; LoginName?: string };
  const id = upnFromClaim(me.LoginName) ?? (me.UserPrincipalName || account).toLowerCase();
  return { id, displayName: me.Title || id };
}
