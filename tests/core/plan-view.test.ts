import { describe, expect, it } from 'vitest';
import { coverageOf, type PlanAction } from '../../src/core/plan-view';

const action = (pc: string[], ed: string[]): PlanAction => ({ item: {} as PlanAction['item'], protectedCharacteristics: pc, equalityDuties: ed });

describe('plan coverage', () => {
  it('counts the actions addressing each characteristic and duty, including those none address', () => {
    const c = coverageOf([action(['Age', 'Race'], ['Fostering good relations']), action(['Age'], [])], ['Age', 'Race', 'Sex'], ['Fostering good relations', 'Advancing equality of opportunity']);
    expect(c.characteristics).toEqual({ Age: 2, Race: 1, Sex: 0 });
    expect(c.duties).toEqual({ 'Fostering good relations': 1, 'Advancing equality of opportunity': 0 });
  });
});
