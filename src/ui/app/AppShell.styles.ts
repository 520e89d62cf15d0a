import { makeStyles, tokens } from '@fluentui/react-components';

export const useAppShellStyles = makeStyles({
  root: {
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  /**
   * One compact band: each control's label beside it, not above, so the lists below get the
   * height (at 1366×768 the header was 90 px; on a phone, 290 px of a 844 px screen).
   */
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { marginRight: 'auto', display: 'flex', flexDirection: 'column' },
  /**
   * Field is a grid: its label and control side by side (label sized to its words, control taking
   * the rest); minmax(0, 1fr) lets a long option shrink instead of widening the page
   */
  control: {
    minWidth: '10rem',
    maxWidth: '100%',
    gridAutoFlow: 'column',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    '@media (max-width: 600px)': { flexBasis: '100%', minWidth: 0, gridTemplateColumns: '6.5rem minmax(0, 1fr)' },
  },
  select: { minWidth: 0, maxWidth: '100%', '& select': { minWidth: 0, width: '100%', textOverflow: 'ellipsis' } },
  main: {
    flexGrow: 1,
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXXL,
    padding: tokens.spacingHorizontalS,
    '@media (max-width: 600px)': { padding: 0 },
    // every screen's title at one modest size: a list's rows matter more than its heading
    '& h1': { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  },
  nav: {
    paddingInline: tokens.spacingHorizontalL,
    // seven screens do not fit a phone: the tab row scrolls, never the page
    overflowX: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  panel: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    alignSelf: 'start',
    minWidth: 0,
    '@media (max-width: 600px)': { padding: tokens.spacingHorizontalS, borderRadius: 0 },
  },
  skip: {
    position: 'absolute',
    left: '-10000px',
    ':focus': { left: tokens.spacingHorizontalM, top: tokens.spacingVerticalM, zIndex: 1, padding: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground1 },
  },
});
