import { describe, expect, it } from 'vitest';
import { enforceRules, flagsFor, responsibleOrgFromComment } from '../../src/core/rules';
import { RuleViolationError } from '../../src/core/errors';

describe('rules on a person’s save', () => {
  it('RED needs a rationale', () => {
    expect(() => enforceRules({ rag: 'RED', ragRationale: ' ', responsibleOrg: null })).toThrow(RuleViolationError);
    expect(() => enforceRules({ rag: 'RED', ragRationale: null, responsibleOrg: null })).toThrow(/^ragRationale: RED needs a rationale/);
    expect(() => enforceRules({ rag: 'RED', ragRationale: 'Supplier failed', responsibleOrg: null })).not.toThrow();
  });

  it('WHITE names the organisation responsible', () => {
    expect(() => enforceRules({ rag: 'WHITE', ragRationale: null, responsibleOrg: null })).toThrow(/^responsibleOrg: /);
    expect(() => enforceRules({ rag: 'WHITE', ragRationale: null, responsibleOrg: 'Home Office' })).not.toThrow();
  });

  it('turns broken rules into flags for seeded and imported records', () => {
    expect(flagsFor({ rag: 'RED', ragRationale: null, responsibleOrg: null })).toEqual(['rationale missing']);
    expect(flagsFor({ rag: 'AMBER', ragRationale: null, responsibleOrg: null })).toEqual([]);
  });

  it.each([
    ['This action is for the CPS', 'CPS'],
    ['This action is for the College of Policing', 'College of Policing'],
    ["This action is for the National Police Chiefs' Council and the CPS", "National Police Chiefs' Council"],
    ['Work continues', null],
    [null, null],
  ])('reads the organisation from %j', (comment, org) => {
    expect(responsibleOrgFromComment(comment)).toBe(org);
  });
});
