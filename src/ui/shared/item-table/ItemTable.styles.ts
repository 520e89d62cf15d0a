import { makeStyles, tokens } from '@fluentui/react-components';

export const useItemTableStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  /** the table scrolls inside its own region if the columns are widened past the window */
  scroll: {
    overflowX: 'auto',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: { minWidth: '100%' },
  /**
   * the open item's row: a bar in the brand (in high contrast, the highlight) colour down its first
   * cell, the background left as it is, so every colour in the row keeps its contrast in every theme
   * (a selected background made the links and the red "overdue" unreadable in dark and high contrast)
   */
  selected: { '& > td:first-child': { boxShadow: `inset ${tokens.strokeWidthThickest} 0 0 ${tokens.colorBrandStroke1}` } },
  /** the title is the control that opens the item; it keeps to one line and says the rest on hover */
  open: {
    display: 'block',
    maxWidth: '100%',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    textAlign: 'start',
  },
  oneLine: { display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  ragCell: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, whiteSpace: 'nowrap', overflow: 'hidden' },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  /** the parent's text, when asked for: wraps under the row, full width */
  detail: { whiteSpace: 'normal', overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2, paddingBlock: tokens.spacingVerticalXS },
  cards: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  card: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  cardSelected: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  cardTop: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  cardTitle: {
    textAlign: 'start',
    overflowWrap: 'break-word',
    display: '-webkit-box',
    WebkitLineClamp: '3',
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
    minHeight: '24px',
    // on a card the title may take up to three lines: the one-line rule is for the desk's rows
    '& > *': { whiteSpace: 'normal', display: 'inline' },
  },
  /** a long board name wraps inside the card instead of widening the page */
  cardMetaItem: { minWidth: 0, maxWidth: '100%', '& > span': { whiteSpace: 'normal' } },
  cardMeta: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2, minWidth: 0, overflowWrap: 'anywhere' },
});
