import { makeStyles, tokens } from '@fluentui/react-components';

export const useAppShellStyles = makeStyles({
  root: {
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'end',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { marginRight: 'auto', display: 'flex', flexDirection: 'column' },
  /** Field is a grid: minmax(0, 1fr) lets a long option shrink instead of widening the page */
  control: {
    minWidth: '10rem',
    maxWidth: '100%',
    gridTemplateColumns: 'minmax(0, 1fr)',
    '@media (max-width: 600px)': { flexBasis: '100%', minWidth: 0 },
  },
  select: { minWidth: 0, maxWidth: '100%', '& select': { minWidth: 0, width: '100%', textOverflow: 'ellipsis' } },
  main: {
    flexGrow: 1,
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXXL,
    padding: tokens.spacingHorizontalL,
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
    padding: tokens.spacingHorizontalL,
    alignSelf: 'start',
  },
  skip: {
    position: 'absolute',
    left: '-10000px',
    ':focus': { left: tokens.spacingHorizontalM, top: tokens.spacingVerticalM, zIndex: 1, padding: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground1 },
  },
});
