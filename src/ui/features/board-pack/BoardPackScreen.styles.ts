/**
 * Print (A4): the pack's content only — no header, screen tabs or buttons — on white paper,
 * the dashboard first, then each section and each workstream's highlight report on a page of
 * its own; tables keep their rows whole and scroll regions print in full. Plain CSS in a
 * <style media="print"> element: Griffel's static styles do not carry @page or @media rules.
 */
export const PRINT_CSS = `
@page { size: A4; margin: 15mm; }
header, nav, [data-print="hide"], a[href="#main"] { display: none !important; }
body, #main { background: #fff !important; color: #000 !important; }
[data-print="section"], [data-print="workstream"] { break-before: page; }
tr, li, dl { break-inside: avoid; }
[role="region"] { overflow: visible !important; }
table { min-width: 0 !important; }
`;
