import { describe, expect, it } from 'vitest';
import { mergeThreeWay, resolveConflicts } from '../../src/core/merge';

type Rec = { progress: string; rag: string; dueText: string; owner: { id: string } | null };
const base: Rec = { progress: 'a', rag: 'AMBER', dueText: 'Aug-24', owner: null };
const fields = ['progress', 'rag', 'dueText', 'owner'] as const;

describe('three-way merge against a newer version', () => {
  it('applies my changes to fields they did not touch', () => {
    const theirs = { ...base, dueText: 'Sep-24' };
    const r = mergeThreeWay(base, { progress: 'mine', rag: 'AMBER' }, theirs, fields);
    expect(r.conflicts).toEqual([]);
    expect(r.applied).toEqual(['progress']);
    expect(r.merged).toEqual({ ...base, progress: 'mine', dueText: 'Sep-24' });
  });

  it('reports fields we both changed differently, side by side', () => {
    const theirs = { ...base, rag: 'RED', progress: 'theirs' };
    const r = mergeThreeWay(base, { rag: 'GREEN', progress: 'theirs' }, theirs, fields);
    expect(r.conflicts).toEqual([{ field: 'rag', base: 'AMBER', mine: 'GREEN', theirs: 'RED' }]);
    expect(resolveConflicts(r, { rag: 'mine' }).rag).toBe('GREEN');
    expect(resolveConflicts(r, { rag: 'theirs' }).rag).toBe('RED');
  });

  it('compares structured values by content', () => {
    const theirs = { ...base, owner: { id: 'x' } };
    const r = mergeThreeWay(base, { owner: { id: 'x' } }, theirs, fields);
    expect(r.conflicts).toEqual([]);
  });
});
