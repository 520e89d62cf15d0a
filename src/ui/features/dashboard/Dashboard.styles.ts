/** The dashboard's headline tiles (they wrap on a phone) and its report lists. */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useDashboardStyles = makeStyles({
  /** a board's title can be long: the choice shrinks to the screen instead of widening the page */
  boardField: { maxWidth: '100%', width: '36rem' },
  boardSelect: { minWidth: 0, width: '100%' },
  tiles: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, margin: 0 },
  tile: {
    display: 'flex',
    flexDirection: 'column-reverse',
    minWidth: '8rem',
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  tileLabel: { color: tokens.colorNeutralForeground2 },
  tileValue: { margin: 0, fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightHero700 },
  reports: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  reportDate: { display: 'inline-block', minWidth: '5.5rem', marginInlineEnd: tokens.spacingHorizontalS },
});
