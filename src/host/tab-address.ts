/**
 * The tab's own address: the page's origin and the path the build is served under (vite's
 * BASE_URL, '/apps/tracker/' when TRACKER_TAB_URL carries a path), without a trailing slash, as
 * tabConfig adds one. The origin alone would send a tab saved from the settings page to the
 * host's root, not to the tab. (A file of its own: App imports it, and the settings page's
 * code stays out of the first screen.)
 */
export function tabAddress(origin: string, basePath: string): string {
  return new URL(basePath, origin).href.replace(/\/+$/, '');
}
