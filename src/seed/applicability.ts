/**
 * Which listed items apply to the force, as each report's own sentences say. Applicability is
 * its own fact (DESIGN §1): it defaults to "not WHITE", but two reports say otherwise — all
 * 22 "Living in fear" items are WHITE while the national action plan is awaited, yet 4 apply
 * (those addressed to chief constables); PEEL Effectiveness 2016 (national) says 3 applied,
 * one of them now WHITE. Each rule quotes the sentence it follows.
 */
import type { RawItem } from './seed-types';

export type ApplicabilityRule = Readonly<{
  /** the source sentence the rule follows, as written */
  sentence: string;
  applies: (item: RawItem) => boolean;
}>;

export const APPLICABILITY: Readonly<Record<string, ApplicabilityRule>> = {
  'living-in-fear-2017': {
    sentence: 'There are 22 recommendations; 4 of which apply to force.',
    // Recommendations 8–11 open "Chief constables should…" / "Chief constables and CPS Area leads…".
    applies: (item) => /^Chief constables\b/.test(item.text),
  },
  'peel-effectiveness-2016-national': {
    sentence: 'There are 5 recommendations; 3 of which applied to the force. 2 are complete and 1 is now deemed white because London does not have a ROCU.',
    applies: () => true,
  },
};

/** Seeded applicability: the report's own rule where it has one, otherwise "not WHITE". */
export function appliesToForce(reportId: string, item: RawItem, isWhite: boolean): boolean {
  const rule = APPLICABILITY[reportId];
  return rule ? rule.applies(item) : !isWhite;
}
