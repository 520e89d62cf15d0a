/**
 * Text longer than a SharePoint Text column holds. SharePoint refuses more than 255 characters
 * in a single line of text (the built-in Title included), yet a recommendation's text runs to
 * 1,600 and an owner's progress note to thousands. A field with `overflow` keeps, on
 * SharePoint, a cut of the text in its Text column (what views, sorting and filters see) and the
 * whole text in a Note column beside it; reading prefers the whole text. The cut is a pure
 * function of the text, so a filter for a long text asks for its cut.
 */
import type { FieldDef } from './types';

/** what SharePoint's single line of text holds */
export const SHAREPOINT_TEXT_LIMIT = 255;

/** the longest text a field with a Note beside it takes: what an edit of long text takes (item-edit) */
export const OVERFLOW_TEXT_LIMIT = 8000;

/** The start of `text` that fits a Text column, cut at a word and ending with an ellipsis. */
export function cutToColumn(text: string): string {
  if (text.length <= SHAREPOINT_TEXT_LIMIT) {
    return text;
  }
  const room = text.slice(0, SHAREPOINT_TEXT_LIMIT - 1);
  const space = room.lastIndexOf(' ');
  // a word boundary, unless the only one is so early that most of the room would be wasted
  return `${(space > SHAREPOINT_TEXT_LIMIT / 2 ? room.slice(0, space) : room).trimEnd()}…`;
}

/** The Note column that holds a field's whole text on SharePoint, as a field of its own for provisioning. */
export function overflowFieldOf(field: FieldDef): FieldDef | null {
  const o = field.overflow;
  return o ? { key: `${field.key}:whole`, internalName: o.internalName, displayName: o.displayName, type: 'Note', id: o.id } : null;
}

/** A list's fields as SharePoint has them: each field, then the Note beside it where its text overflows. */
export function sharePointFieldsOf(fields: readonly FieldDef[]): FieldDef[] {
  return fields.flatMap((f) => {
    const whole = overflowFieldOf(f);
    return whole ? [f, whole] : [f];
  });
}
