/**
 * Tokens for the tab with MSAL v5. Inside Teams, when the host recommends it, Nested App
 * Authentication (no popup, no middle tier); elsewhere a standard client whose popups come
 * back through the same-origin redirect bridge page (redirect.html). SharePoint, Graph
 * and the app's own API are separate audiences, so separate token requests. MSAL caches and renews tokens.
 */
import {
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  InteractionRequiredAuthError,
  type AccountInfo,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import { apiScope, TAB_GRAPH_SCOPES } from './scopes';
import { SignInError, type TokenProvider } from './token-provider';

export type MsalSettings = Readonly<{ tenantId: string; clientId: string; siteUrl: string; tabUrl: string; loginHint: string | null }>;

export const sharePointScopes = (siteUrl: string): string[] => [`${new URL(siteUrl).origin}/AllSites.Write`];

function explain(error: unknown): SignInError {
  const code = (error as { errorCode?: string }).errorCode ?? 'unknown';
  const messages: Record<string, string> = {
    consent_required: 'Action Tracker needs your consent (or your administrator’s) to read people and update the SharePoint lists.',
    interaction_required: 'Please sign in again to continue.',
    user_cancelled: 'Sign-in was cancelled.',
    popup_window_error: 'The sign-in window was blocked. Allow pop-ups for this site and try again.',
    no_network_connectivity: 'You appear to be offline.',
  };
  return new SignInError(messages[code] ?? `Sign-in failed (${code}).`, code);
}

export async function createMsalTokenProvider(settings: MsalSettings, useNestedAuth: boolean): Promise<TokenProvider> {
  const config = {
    auth: {
      clientId: settings.clientId,
      authority: `https://login.microsoftonline.com/${settings.tenantId}`,
      // the bridge page is built beside index.html, under the tab's base path
      redirectUri: `${window.location.origin}${import.meta.env.BASE_URL}redirect.html`,
    },
    cache: { cacheLocation: 'localStorage' as const },
  };
  const pca: IPublicClientApplication = useNestedAuth
    ? await createNestablePublicClientApplication(config)
    : await createStandardPublicClientApplication(config);

  let account: AccountInfo | null = pca.getActiveAccount() ?? pca.getAllAccounts()[0] ?? null;

  const acquire = async (scopes: string[]): Promise<string> => {
    try {
      if (!account) {
        const result = await pca.ssoSilent({ scopes, loginHint: settings.loginHint ?? undefined }).catch(() => pca.loginPopup({ scopes }));
        account = result.account;
        pca.setActiveAccount(account);
      }
      return (await pca.acquireTokenSilent({ scopes, account })).accessToken;
    } catch (error) {
      if (error instanceof InteractionRequiredAuthError) {
        try {
          const result = await pca.acquireTokenPopup({ scopes, account: account ?? undefined });
          account = result.account;
          return result.accessToken;
        } catch (popupError) {
          throw explain(popupError);
        }
      }
      throw explain(error);
    }
  };

  return {
    sharePoint: () => acquire(sharePointScopes(settings.siteUrl)),
    graph: () => acquire([...TAB_GRAPH_SCOPES]),
    // asked for only when a secretary presses "Send nudges now": no other screen needs it
    api: () => acquire([apiScope(settings.tabUrl, settings.clientId)]),
    account: async () => {
      if (!account) {
        await acquire([...TAB_GRAPH_SCOPES]);
      }
      return (account?.username ?? '').toLowerCase();
    },
  };
}
