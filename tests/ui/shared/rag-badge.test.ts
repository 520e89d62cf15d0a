/**
 * RagBadge as markup: the word always (with its count when given), the RAG it is of for screen
 * readers, the legend's meaning on hover, and one class set per RAG that keeps the word on one line.
 * (Layout itself — no clipping, one line at 390 and 1366 px in three themes — is measured in
 * Chromium by tests/e2e/look.test.ts.)
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/react-components';
import { describe, expect, it } from 'vitest';
import { RAGS, type Rag } from '../../../src/core/rag';
import { RagBadge, type RagBadgeProps } from '../../../src/ui/shared/RagBadge';

function render(props: RagBadgeProps, theme = teamsLightTheme): HTMLSpan {
  const html = renderToStaticMarkup(createElement(FluentProvider, { theme }, createElement(RagBadge, props)));
  const span = /<div([^>]*data-rag-badge[^>]*)>([^<]*)<\/div>/.exec(html);
  if (!span) {
    throw new Error(`no badge in ${html}`);
  }
  const attrs = Object.fromEntries(Array.from((span[1] ?? '').matchAll(/([a-z-]+)="([^"]*)"/g), (m) => [m[1], m[2]]));
  return { text: span[2] ?? '', attrs, html };
}
type HTMLSpan = { text: string; attrs: Record<string, string | undefined>; html: string };

describe('RagBadge', () => {
  it.each([
    ['GREEN', 'Green'],
    ['AMBER', 'Amber'],
    ['RED', 'Red'],
    ['WHITE', 'White'],
    [null, 'Not set'],
  ] as Array<[Rag | null, string]>)('shows %s as the word “%s”, named for what it is of', (rag, word) => {
    const badge = render({ rag, kind: 'Project RAG' });
    expect(badge.text).toBe(word);
    expect(badge.attrs['aria-label']).toBe(`Project RAG: ${word}`);
  });

  it('gives a count after the word, and says it to screen readers', () => {
    const badge = render({ rag: 'AMBER', count: 4 });
    expect(badge.text).toBe('Amber 4');
    expect(badge.attrs['aria-label']).toBe('RAG Amber: 4');
  });

  it('says what each RAG means on hover, from the legend', () => {
    expect(render({ rag: 'RED' }).attrs.title).toMatch(/deadline/);
    expect(render({ rag: null }).attrs.title).toBe('No RAG set');
  });

  it('is one style: each RAG its own colour class, every one with the same no-wrap base', () => {
    const classes = [...RAGS, null].map((rag) => (render({ rag }).attrs.class ?? '').split(' ').filter(Boolean));
    // Fluent's Badge classes plus the base are shared by all; exactly one class set differs per RAG
    const shared = classes.reduce((a, b) => a.filter((c) => b.includes(c)));
    expect(shared).toContain('fui-Badge');
    const own = classes.map((c) => c.filter((x) => !shared.includes(x)).join(' '));
    expect(new Set(own).size).toBe(5);
  });

  it('renders in the high contrast theme with the same word', () => {
    expect(render({ rag: 'AMBER' }, teamsHighContrastTheme).text).toBe('Amber');
  });
});
