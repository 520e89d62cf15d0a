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
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // at a desk one row, the selects giving way (their words cut short) rather than wrapping to a second
    '@media (min-width: 1100px)': { flexWrap: 'nowrap' },
  },
  brand: {
    marginRight: 'auto',
    display: 'flex',
    flexDirection: 'column',
    flexShrink: 0,
    // on a phone the line under the title may wrap, so the Settings button stays beside it
    '@media (max-width: 639.98px)': { flexShrink: 1, minWidth: 0, flexBasis: 0, flexGrow: 1 },
  },
  settings: { flexShrink: 0 },
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
  /** a person's name and long job title are cut short at a desk, so the header stays one band at 1366 px */
  select: { minWidth: 0, maxWidth: 'min(100%, 20rem)', '& select': { minWidth: 0, width: '100%', textOverflow: 'ellipsis' }, '@media (max-width: 600px)': { maxWidth: '100%' } },
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
    // the screens that do not fit go into the tab row's More menu (NavTabs): the page never scrolls sideways
    minWidth: 0,
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
