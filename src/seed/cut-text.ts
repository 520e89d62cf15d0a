/**
 * Text the 2023 highlight export cut at a cell's edge ("Leaders to ensure they create an
 * inclusive culti…"): "…" marks what was lost. The same sentence is often whole in another
 * report (the 2021 export), so the seed shows that most complete version and marks the cut
 * one as cut; where no other report has it, the text stays as written and is marked cut with
 * no fuller version. Lost text is never made up.
 */
const ELLIPSIS = '…';

export const isCut = (text: string): boolean => text.includes(ELLIPSIS);

/**
 * The readable fragments of a cut text, in order. A word cut at "…" lost letters there and
 * its last surviving letter is often damaged too ("inclusive culti…" for "culture"), so the
 * letter beside the cut is not required.
 */
function fragments(text: string): string[] {
  const pieces = text.split(ELLIPSIS).map((p) => p.replace(/\s+/g, ' '));
  return pieces
    .map((p, i) => {
      let f = p;
      if (i > 0 && /^\S/.test(f)) {
        f = f.slice(1);
      }
      if (i < pieces.length - 1 && /\S$/.test(f)) {
        f = f.slice(0, -1);
      }
      return i === 0 ? f.trimStart() : i === pieces.length - 1 ? f.trimEnd() : f;
    })
    .filter((f) => f.trim().length > 0);
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Whether a whole text could be the cut one: every readable fragment appears in it, in order.
 * A first fragment not preceded by "…" must start it; a last one not followed by "…" must end
 * it. At least 12 readable characters, so "… workforce surveys" matches but "…s…" matches nothing.
 */
export function couldBeCutFrom(cut: string, whole: string): boolean {
  const parts = fragments(cut);
  if (cut.replace(/[\s…]/g, '').length < 12 || parts.length === 0 || isCut(whole)) {
    return false;
  }
  const text = squash(whole);
  const trimmed = cut.trim();
  let at = 0;
  for (const [i, part] of parts.entries()) {
    const found = text.indexOf(part, at);
    if (found < 0 || (i === 0 && !trimmed.startsWith(ELLIPSIS) && found !== 0)) {
      return false;
    }
    at = found + part.length;
  }
  return trimmed.endsWith(ELLIPSIS) || at === text.length;
}

export type Fuller = Readonly<{ text: string; from: string }>;

/** The longest whole text among the candidates that the cut text could have been, if any. */
export function fullerVersion(cut: string, candidates: ReadonlyArray<Fuller>): Fuller | null {
  const hits = candidates.filter((c) => couldBeCutFrom(cut, c.text));
  return [...hits].sort((a, b) => b.text.length - a.text.length)[0] ?? null;
}
