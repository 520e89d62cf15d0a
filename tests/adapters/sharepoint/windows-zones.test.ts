/**
 * The tab's own Windows → IANA table against CLDR's data as `windows-iana` holds it: every
 * Windows zone SharePoint's zone numbers name has an entry, and each is CLDR's zone for it.
 */
import { findIana } from 'windows-iana';
import { describe, expect, it } from 'vitest';
import { SP_ZONE_WINDOWS } from '../../../src/adapters/sharepoint/site-time-zone';
import { WINDOWS_IANA } from '../../../src/adapters/sharepoint/windows-zones';

describe('Windows zones to IANA', () => {
  it("has CLDR's zone for every Windows zone SharePoint names, and nothing else", () => {
    const named = [...new Set(Object.values(SP_ZONE_WINDOWS))].sort();
    expect(Object.keys(WINDOWS_IANA).sort()).toEqual(named);
    for (const windows of named) {
      expect(WINDOWS_IANA[windows], windows).toBe(findIana(windows)[0]);
    }
  });
});
