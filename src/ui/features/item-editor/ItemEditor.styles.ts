import { makeStyles, tokens } from '@fluentui/react-components';

export const useItemEditorStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  heading: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  headingBar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  /** focused when the editor opens, so it shows the same ring as every focusable thing */
  title: { margin: 0, ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' } },
  readOnly: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  longText: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  dt: { color: tokens.colorNeutralForeground2 },
  dd: { margin: 0 },
  // the source notes: a plain list inside the facts, read in order
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  ragGroup: { display: 'flex', flexWrap: 'wrap' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  conflict: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteYellowBorderActive}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  sideBySide: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', gap: tokens.spacingHorizontalM },
  version: {
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  history: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  entry: {
    padding: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  entryText: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  ragMove: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});
