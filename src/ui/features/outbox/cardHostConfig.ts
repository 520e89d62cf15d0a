/**
 * Host configs for rendering reminder cards with the `adaptivecards` renderer in the tab's three
 * themes: colours close to Teams' own, with text contrast of at least 4.5:1 on each background
 * (WCAG 2.2 AA), so the Outbox shows a card as a person would see it in Teams chat.
 */
import type { ThemeName } from '../../../host/host-context';

type Palette = Readonly<{ background: string; emphasis: string; text: string; subtle: string; accent: string; good: string; warning: string; attention: string }>;

const PALETTES: Readonly<Record<ThemeName, Palette>> = {
  light: { background: '#ffffff', emphasis: '#f5f5f5', text: '#242424', subtle: '#616161', accent: '#4f52b2', good: '#0e700e', warning: '#8a3707', attention: '#b10e1c' },
  dark: { background: '#292929', emphasis: '#333333', text: '#ffffff', subtle: '#d6d6d6', accent: '#aaabfa', good: '#92c353', warning: '#f8d22a', attention: '#f9949c' },
  contrast: { background: '#000000', emphasis: '#000000', text: '#ffffff', subtle: '#ffffff', accent: '#ffff00', good: '#3ff23f', warning: '#ffff00', attention: '#ff8080' },
};

const colours = (p: Palette) => ({
  default: { default: p.text, subtle: p.subtle },
  dark: { default: p.text, subtle: p.subtle },
  light: { default: p.text, subtle: p.subtle },
  accent: { default: p.accent, subtle: p.accent },
  good: { default: p.good, subtle: p.good },
  warning: { default: p.warning, subtle: p.warning },
  attention: { default: p.attention, subtle: p.attention },
});

export function cardHostConfig(theme: ThemeName): Record<string, unknown> {
  const p = PALETTES[theme];
  return {
    fontFamily: '"Segoe UI", system-ui, -apple-system, sans-serif',
    supportsInteractivity: true,
    // a card's heading is a level-2 heading in the page (the Outbox's own title is level 1)
    textBlock: { headingLevel: 2 },
    spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
    separator: { lineThickness: 1, lineColor: theme === 'light' ? '#d1d1d1' : '#616161' },
    fontSizes: { small: 12, default: 14, medium: 16, large: 20, extraLarge: 24 },
    fontWeights: { lighter: 300, default: 400, bolder: 600 },
    containerStyles: {
      default: { backgroundColor: p.background, foregroundColors: colours(p) },
      emphasis: { backgroundColor: p.emphasis, foregroundColors: colours(p) },
    },
    actions: { maxActions: 6, spacing: 'default', buttonSpacing: 8, showCard: { actionMode: 'inline', inlineTopMargin: 12 }, actionsOrientation: 'horizontal', actionAlignment: 'left' },
    inputs: { label: { inputSpacing: 'small', requiredInputs: { color: 'attention' }, optionalInputs: { color: 'default' } } },
    factSet: { title: { weight: 'bolder', color: 'default', size: 'default', wrap: true, maxWidth: 150 }, value: { color: 'default', size: 'default', wrap: true }, spacing: 12 },
  };
}

/** CSS for the renderer's buttons and inputs, which the host config does not colour. */
export function cardCss(theme: ThemeName, scope: string): string {
  const p = PALETTES[theme];
  return `
${scope} .ac-pushButton { background: ${p.background}; color: ${p.text}; border: 1px solid ${theme === 'contrast' ? '#ffffff' : p.subtle}; border-radius: 4px; padding: 6px 12px; font: 14px/1.3 "Segoe UI", system-ui, sans-serif; min-height: 32px; cursor: pointer; }
${scope} .ac-pushButton:hover { background: ${p.emphasis}; }
${scope} .ac-pushButton.expanded, ${scope} .ac-pushButton[aria-expanded="true"] { background: ${p.accent}; color: ${p.background}; }
${scope} .ac-pushButton:focus-visible, ${scope} .ac-input:focus-visible, ${scope} .ac-input select:focus-visible { outline: 2px solid ${p.accent}; outline-offset: 2px; }
${scope} .ac-input, ${scope} .ac-input select, ${scope} .ac-input textarea, ${scope} select.ac-input, ${scope} textarea.ac-input { background: ${p.background}; color: ${p.text}; border: 1px solid ${p.subtle}; border-radius: 4px; font: 14px/1.3 "Segoe UI", system-ui, sans-serif; padding: 4px 6px; }
${scope} .ac-actionSet { flex-wrap: wrap; row-gap: 8px; }
${scope} .ac-textBlock a { color: ${p.accent}; }
`;
}
