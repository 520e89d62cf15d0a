import { describe, expect, it } from 'vitest';
import { whoCanUpdate } from '../../src/ui/features/item-editor/who-can-update';

describe('whoCanUpdate: who a person who cannot update an item should ask', () => {
  it('names the owner and the board', () => {
    const owner = { id: 'd.service@colp.example', displayName: 'T/Supt. Service' };
    expect(whoCanUpdate({ owner, ownerText: 'DS' }, 'Operational Delivery Board')).toBe(
      'Only its owner, a board secretary or a lead can update this. Its owner is T/Supt. Service. Its board: Operational Delivery Board.',
    );
  });

  it('says when no person owns it yet, with the name the source gave', () => {
    expect(whoCanUpdate({ owner: null, ownerText: 'Estates' }, null)).toBe(
      'Only its owner, a board secretary or a lead can update this. No person is its owner yet (the source names “Estates”); a board secretary can assign one.',
    );
    expect(whoCanUpdate({ owner: null, ownerText: null }, null)).toMatch(/No person is its owner yet; a board secretary can assign one\.$/);
  });
});
