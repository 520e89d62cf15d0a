/** Print (A4): the pack's content only — no header, screen tabs or buttons — on white paper. */
import { makeStaticStyles } from '@fluentui/react-components';

export const usePrintStyles = makeStaticStyles({
  '@page': { size: 'A4', margin: '15mm' },
  '@media print': {
    'header, nav, [data-print="hide"], a[href="#main"]': { display: 'none !important' },
    body: { background: '#fff', color: '#000' },
    '[data-print="section"]': { breakBefore: 'page' },
    'table, tr': { breakInside: 'avoid' },
  },
} as never);
