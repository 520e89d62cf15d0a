/**
 * Why the tab could not start, said in words a person can act on, and what Teams should be
 * told. Teams shows its own loading indicator until the app calls notifySuccess, notifyFailure
 * or notifyExpectedFailure; a SharePoint 403 is an expected failure of permission, not a failed
 * sign-in, and the message must send the person to whoever can grant access.
 */
export type StartupFailureKind = 'sign-in' | 'permission' | 'not-found' | 'throttled' | 'offline' | 'other';

export type TeamsFailureNotice =
  | Readonly<{ expected: false; reason: 'AuthFailed' | 'Timeout' | 'Other' }>
  | Readonly<{ expected: true; reason: 'PermissionError' | 'NotFound' | 'Throttling' | 'Offline' | 'Other' }>;

export type StartupFailure = Readonly<{
  kind: StartupFailureKind;
  title: string;
  message: string;
  teams: TeamsFailureNotice;
}>;

type ErrorLike = { code?: unknown; status?: unknown; name?: unknown; message?: unknown; response?: { status?: unknown } };

function statusOf(error: ErrorLike): number | null {
  const status = error.status ?? error.response?.status;
  return typeof status === 'number' ? status : null;
}

export function classifyStartupFailure(error: unknown, online = true): StartupFailure {
  const e: ErrorLike = typeof error === 'object' && error !== null ? (error as ErrorLike) : { message: String(error) };
  const code = typeof e.code === 'string' ? e.code : '';
  const status = statusOf(e);
  const said = typeof e.message === 'string' && e.message.trim() !== '' ? e.message.trim() : 'No details were given.';

  if (!online || code === 'OFFLINE' || (e.name === 'TypeError' && /fetch|network/i.test(said))) {
    return {
      kind: 'offline',
      title: 'Action Tracker cannot reach Microsoft 365',
      message: 'You appear to be offline, or the network is blocking SharePoint. Check your connection and try again.',
      teams: { expected: true, reason: 'Offline' },
    };
  }
  if (code === 'SIGN_IN') {
    return { kind: 'sign-in', title: 'Action Tracker could not sign you in', message: said, teams: { expected: false, reason: 'AuthFailed' } };
  }
  if (code === 'FORBIDDEN' || status === 403) {
    return {
      kind: 'permission',
      title: 'You do not have access to the tracker’s SharePoint site',
      // the SharePoint store's refusal already says whom to ask; anything else gets the advice
      message: /\bAsk\b|administrator/.test(said) ? said : `${said} Ask the site’s owner or your board secretary to add you to the site’s Members or Visitors.`,
      teams: { expected: true, reason: 'PermissionError' },
    };
  }
  if (code === 'NOT_FOUND' || status === 404) {
    return {
      kind: 'not-found',
      title: 'The tracker’s SharePoint lists were not found',
      message: `${said} An administrator runs \`tracker provision\` against the site named in TRACKER_SITE_URL.`,
      teams: { expected: true, reason: 'NotFound' },
    };
  }
  if (code === 'THROTTLED' || code === 'UNAVAILABLE' || status === 429 || status === 503) {
    return {
      kind: 'throttled',
      title: 'SharePoint is busy',
      message: 'SharePoint asked Action Tracker to slow down. Wait a minute and try again.',
      teams: { expected: true, reason: 'Throttling' },
    };
  }
  return { kind: 'other', title: 'Action Tracker could not start', message: said, teams: { expected: false, reason: 'Other' } };
}
