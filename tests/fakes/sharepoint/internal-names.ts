/**
 * How SharePoint names a field created by createFieldAsXml. Without the
 * AddFieldInternalNameHint option (8) it ignores the XML's Name and derives the internal name
 * from the DisplayName, escaping every character that is not a letter or digit as _xHHHH_
 * ("Due (as written)" → "Due_x0020__x0028_as_x0020_written_x0029_"), as the PnP trackers
 * report; with the hint it keeps Name.
 */
export const ADD_FIELD_INTERNAL_NAME_HINT = 8;

export function internalNameFromDisplayName(displayName: string): string {
  return [...displayName].map((ch) => (/[A-Za-z0-9]/.test(ch) ? ch : `_x${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}_`)).join('');
}
