/**
 * Updates are records, not overwrites (DESIGN §4): members may add an update and read them,
 * but not edit or delete one. SharePoint has no such built-in level, so provisioning creates
 * one and gives it to the site's members on the Updates list alone.
 */
export const ADD_ONLY_ROLE = 'Action Tracker: add only';

// SP.PermissionKind bits (Low word): what a member needs to read the list and add to it.
const VIEW_LIST_ITEMS = 0x1;
const ADD_LIST_ITEMS = 0x2;
const OPEN_ITEMS = 0x20;
const VIEW_VERSIONS = 0x40;
const VIEW_FORM_PAGES = 0x1000;
const OPEN = 0x10000;
const VIEW_PAGES = 0x20000;
const BROWSE_USER_INFO = 0x8000000;
const USE_CLIENT_INTEGRATION = 0x10000000;
const USE_REMOTE_APIS = 0x20000000;

export const ADD_ONLY_PERMISSIONS = {
  High: 0,
  Low:
    VIEW_LIST_ITEMS | ADD_LIST_ITEMS | OPEN_ITEMS | VIEW_VERSIONS | VIEW_FORM_PAGES | OPEN | VIEW_PAGES | BROWSE_USER_INFO | USE_CLIENT_INTEGRATION | USE_REMOTE_APIS,
} as const;

