/**
 * Cells a spreadsheet would run as a formula, and how an export keeps them text. Excel and
 * LibreOffice skip leading spaces (including no-break and ideographic spaces) and line
 * breaks before `=`, and read the full-width ＝ ＋ － ＠ as their ASCII forms, so those
 * starts are formulas too; a leading tab, CR or LF is neutralised as before.
 */
const FORMULA_START = /^(?:[\t\r\n]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** A cell that would run as a formula, prefixed with ' so it stays text. */
export function neutralise(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes `neutralise`: a ' before what would be a formula is the export's own. */
export function unneutralise(raw: string): string {
  return raw.startsWith("'") && FORMULA_START.test(raw.slice(1)) ? raw.slice(1) : raw;
}
