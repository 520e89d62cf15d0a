/**
 * The Microsoft 365 settings and the provisioned SharePoint fake that the hosted functions'
 * suites (the bot, the reminder timer) start from: one tenant, one bot, one site.
 */
import { SITE, provisionDirectly } from './provisioned-site';
import { FakeSharePoint } from './sharepoint-fake';
import { FakeTenantDirectory } from './tenant-directory';

export const TENANT = '11111111-1111-1111-1111-111111111111';
export const BOT = '44444444-4444-4444-4444-444444444444';

/** TRACKER_* as an administrator sets them for the functions app */
export const M365_JOB_ENV = {
  TRACKER_MODE: 'm365',
  TRACKER_TENANT_ID: TENANT,
  TRACKER_CLIENT_ID: '22222222-2222-2222-2222-222222222222',
  TRACKER_SITE_URL: SITE,
  TRACKER_TAB_URL: 'https://tracker.contoso.org',
  TRACKER_TEAMS_APP_ID: '33333333-3333-3333-3333-333333333333',
  TRACKER_BOT_ID: BOT,
} as const;

/** A provisioned site whose people are made up as a suite goes: everyone at colp.example is a member. */
export function provisionedJobSite(): FakeSharePoint {
  const sharePoint = new FakeSharePoint(SITE, new FakeTenantDirectory(['colp.example']));
  provisionDirectly(sharePoint);
  return sharePoint;
}
