/**
 * Cells a spreadsheet would run as a formula, and how an export keeps them text. Excel and
 * LibreOffice skip leading spaces (including no-break and ideographic spaces) and line
 * breaks before `=`, and read the full-width ＝ ＋ － ＠ as their ASCII forms, so those
 * starts are formulas too; a leading tab, CR or LF is neutralised as before.
 */
const FORMULA = String.raw`(?:[\t\r\n]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])`;
const FORMULA_START = new RegExp(`^${FORMULA}`);
/**
 * A person's own apostrophes before a formula start ("'=A1" typed as text): the export adds
 * one more, so the import, which removes exactly one, gives back what they wrote.
 */
const QUOTED_FORMULA_START = new RegExp(`^'+${FORMULA}`);

/** A cell that would run as a formula, prefixed with ' so it stays text. */
export function neutralise(value: string): string {
  return FORMULA_START.test(value) || QUOTED_FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes `neutralise`: one ' before what would be a formula (or before the person's own ') is the export's. */
export function unneutralise(raw: string): string {
  return QUOTED_FORMULA_START.test(raw) ? raw.slice(1) : raw;
}
