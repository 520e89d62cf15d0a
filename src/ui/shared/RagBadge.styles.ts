/**
 * The one look of a RAG badge: solid colour, the word always on one line.
 *
 * Fluent's Badge is 20 px high with a 20 px minimum width, so in a narrow column its word wrapped
 * inside that height and was cut off ("Ambe / r"). Here the word never wraps and the badge is at
 * least as wide as the word, so a column that is too narrow widens (or scrolls), never clips.
 */
import { makeStyles, tokens } from '@fluentui/react-components';

/** Griffel takes longhands only: one border colour (and style) for all four sides of ::after */
const border = (color: string, style: 'solid' | 'dashed' = 'solid') => ({
  borderTopColor: color,
  borderRightColor: color,
  borderBottomColor: color,
  borderLeftColor: color,
  borderTopStyle: style,
  borderRightStyle: style,
  borderBottomStyle: style,
  borderLeftStyle: style,
});

export const useRagBadgeStyles = makeStyles({
  root: {
    whiteSpace: 'nowrap',
    minWidth: 'max-content',
    flexShrink: 0,
    // Fluent draws the badge's border on ::after in colorTransparentStroke, which high contrast
    // themes make visible; a forced-colours display (Windows contrast themes) keeps the word in
    // CanvasText and the border, and drops the fill, which carries no meaning on its own.
    '@media (forced-colors: active)': {
      backgroundColor: 'Canvas',
      color: 'CanvasText',
      '::after': border('CanvasText'),
    },
  },
  // Solid fills whose word keeps 4.5:1 or more in light and dark (red 4.9, amber 7.2, green 5.4);
  // the high contrast theme maps all three to its own white with black text.
  RED: { backgroundColor: tokens.colorPaletteRedBackground3, color: tokens.colorNeutralForegroundOnBrand },
  AMBER: { backgroundColor: tokens.colorPaletteMarigoldBackground3, color: tokens.colorNeutralForeground1Static },
  GREEN: { backgroundColor: tokens.colorPaletteGreenBackground3, color: tokens.colorNeutralForegroundOnBrand },
  /** WHITE is white in every theme, with a border so it stands out on a white page */
  WHITE: {
    backgroundColor: tokens.colorNeutralForegroundStaticInverted,
    color: tokens.colorNeutralForeground1Static,
    '::after': border(tokens.colorNeutralStrokeAccessible),
  },
  /** no colour for no RAG: a dashed outline round the words */
  notSet: {
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground2,
    '::after': border(tokens.colorNeutralStrokeAccessible, 'dashed'),
  },
});
