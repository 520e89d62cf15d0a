/**
 * Rules a person's save must satisfy (DESIGN §1). Seeded or imported records that break them
 * still load, but carry a flag instead ("rationale missing"), so nothing in the source is lost.
 */
import { RuleViolationError } from './errors';
import type { Rag } from './rag';

export type RuleSubject = Readonly<{
  rag: Rag | null;
  ragRationale: string | null;
  responsibleOrg: string | null;
  /** the comment or progress text, which often carries the reason in source trackers */
  commentary?: string | null;
}>;

export type RuleFinding = Readonly<{ field: string; rule: string; flag: string; message: string }>;

const blank = (s: string | null | undefined): boolean => s === null || s === undefined || s.trim() === '';

export function checkRules(subject: RuleSubject): RuleFinding[] {
  const findings: RuleFinding[] = [];
  if (subject.rag === 'RED' && blank(subject.ragRationale)) {
    findings.push({
      field: 'ragRationale',
      rule: 'red-needs-rationale',
      flag: 'rationale missing',
      message: 'RED needs a rationale: why is it past its deadline or not going to be implemented?',
    });
  }
  if (subject.rag === 'WHITE' && blank(subject.responsibleOrg)) {
    findings.push({
      field: 'responsibleOrg',
      rule: 'white-names-organisation',
      flag: 'responsible organisation missing',
      message: 'WHITE needs the organisation responsible for delivering it',
    });
  }
  return findings;
}

/** For a person's save: the first broken rule is an error naming its field. */
export function enforceRules(subject: RuleSubject): void {
  const [first] = checkRules(subject);
  if (first) {
    throw new RuleViolationError(first.field, first.rule, first.message);
  }
}

/** For seeded or imported records: broken rules become flags on the record. */
export function flagsFor(subject: RuleSubject): string[] {
  return checkRules(subject).map((f) => f.flag);
}

/**
 * Source trackers write "This action is for the CPS" in the comment of a WHITE item; we take
 * the organisation from there on import so the rule is met where the source already says it.
 */
export function responsibleOrgFromComment(comment: string | null): string | null {
  if (!comment) {
    return null;
  }
  const match = /\b(?:is for|responsibility of|led by|dependent (?:up)?on|depends on)\s+(?:the\s+)?([A-Z][\w&.'-]*(?:\s+(?:of\s+)?[A-Z][\w&.'-]*)*)/.exec(
    comment
  );
  return match?.[1] ?? null;
}
