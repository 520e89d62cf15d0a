/**
 * Print (A4): the pack's content only — no header, screen tabs or buttons — on white paper,
 * the dashboard first, then each section, each workstream's highlight report, each inspection
 * and each action plan on a page of its own (the heading over a run of them stays with the
 * first); tables keep their rows whole and scroll regions print in full. Plain CSS in a
 * <style media="print"> element: Griffel's static styles do not carry @page or @media rules.
 */
export const PRINT_CSS = `
@page { size: A4; margin: 15mm; }
header, nav, [data-print="hide"], a[href="#main"] { display: none !important; }
body, #main { background: #fff !important; color: #000 !important; }
[data-print="section"], [data-print="workstream"], [data-print="inspection"], [data-print="plan"] { break-before: page; }
[data-print="section"] + [data-print="workstream"], [data-print="section"] + [data-print="inspection"], [data-print="section"] + [data-print="plan"] { break-before: auto; }
tr, li, dl { break-inside: avoid; }
[role="region"] { overflow: visible !important; }
table { min-width: 0 !important; }
`;
