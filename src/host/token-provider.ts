/** Where the tab's access tokens come from, as a port: MSAL in production, a fake in tests. */
export interface TokenProvider {
  /** a delegated token for the SharePoint site (AllSites.Write) */
  sharePoint(): Promise<string>;
  /** a delegated token for Microsoft Graph (User.ReadBasic.All, User.Read) */
  graph(): Promise<string>;
  /** a delegated token for the app's own API (access_as_user): the hosted "Send nudges now" */
  api(): Promise<string>;
  /** the signed-in user's UPN / e-mail */
  account(): Promise<string>;
}

/** Sign-in failed in a way the user can act on: shown as a message with a retry. */
export class SignInError extends Error {
  readonly code = 'SIGN_IN' as const;

  constructor(
    message: string,
    /** the MSAL errorCode, e.g. consent_required, user_cancelled */
    readonly reason: string
  ) {
    super(message);
    this.name = 'SignInError';
  }
}
