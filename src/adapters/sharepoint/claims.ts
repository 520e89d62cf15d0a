/**
 * SharePoint's login claims for people in Microsoft 365. A person's identity across Graph and
 * SharePoint is their UPN (DESIGN §7): SharePoint keeps it as the membership claim
 * `i:0#.f|membership|<upn>` (lower case), which is also what ensureUser takes. A guest's UPN is
 * `ann_fabrikam.com#EXT#@contoso.onmicrosoft.com` and their mail `ann@fabrikam.com`; a member's
 * mail may differ from their UPN too, so mail is never the key.
 */
const MEMBERSHIP = 'i:0#.f|membership|';

export function membershipClaim(upn: string): string {
  return `${MEMBERSHIP}${upn.toLowerCase()}`;
}

/** The UPN inside a membership claim, or null for any other principal (an app, a group, the system). */
export function upnFromClaim(login: string | null | undefined): string | null {
  if (!login || !login.toLowerCase().startsWith(MEMBERSHIP)) {
    return null;
  }
  return login.slice(MEMBERSHIP.length).toLowerCase() || null;
}

/** SharePoint's answer when ensureUser cannot resolve a name (SPException -2146232832), whatever its status. */
export function isUserNotFound(error: unknown): boolean {
  const e = error as { status?: number; message?: string } | null;
  return e?.status === 404 || /-2146232832|could not be found|user cannot be found/i.test(e?.message ?? '');
}
