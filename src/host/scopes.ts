/**
 * The delegated Graph scopes the tab asks for, in the order it asks. The manifest's NAA
 * prefetch (webApplicationInfo.nestedAppAuthInfo) must name the same scopes in the same order,
 * or Teams prefetches a token the tab never uses: one constant for both. User.ReadBasic.All finds
 * people (the owner picker, an import's owners); User.Read lets the tab check the signed-in
 * person's own transitive group membership (board roles through nested Entra groups).
 */
export const TAB_GRAPH_SCOPES: readonly string[] = ['User.ReadBasic.All', 'User.Read'];

/**
 * The app's own API (Entra: Expose an API): its Application ID URI is on the tab's host, as
 * Teams requires for the manifest's webApplicationInfo.resource. The tab asks for its one
 * delegated scope only to call the hosted "Send nudges now" (POST /api/remind): no other
 * permission, and the function runs the job with its own app-only certificate.
 */
export const API_SCOPE_NAME = 'access_as_user';

export const apiAppIdUri = (tabUrl: string, clientId: string): string => `api://${new URL(tabUrl).host}/${clientId}`;

export const apiScope = (tabUrl: string, clientId: string): string => `${apiAppIdUri(tabUrl, clientId)}/${API_SCOPE_NAME}`;
