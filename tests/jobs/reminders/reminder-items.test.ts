/** What the reminder run reads of an item with parts: its headline — RAG, due and lifecycle — not the stored fields. */
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store';
import { parseDue } from '../../../src/core/due-date';
import type { Part } from '../../../src/core/model';
import type { Lifecycle, Rag } from '../../../src/core/rag';
import { DEFAULT_REMINDER_POLICY } from '../../../src/core/reminder-policy';
import { loadReminderItems } from '../../../src/jobs/reminders/reminder-items';
import { aBoardWithItems, aRecommendation } from '../../helpers/board-builders';
import { TODAY, ann, boardPeople } from './reminder-fixture';

function part(rag: Rag, lifecycle: Lifecycle, dueText: string): Part {
  const due = parseDue(dueText);
  return { label: null, rag, lifecycle, comment: null, dueText: due.text, dueDate: due.date, duePrecision: due.precision, dueKind: due.kind, internalDeadline: due.internalDeadline };
}

describe('reminder items with parts', () => {
  it('take RAG, due and lifecycle from the parts: a part awaiting closure is not an open item', async () => {
    const store = new SqliteStore();
    const { board, recommendation } = await aBoardWithItems(store, 'Parts board', ann);
    // stored as an older load left them: open, no RAG, the item's own date inside the window
    const own = parseDue('27/03/2017');
    const stored = { rag: null, lifecycle: 'open', dueText: own.text, dueDate: own.date, duePrecision: own.precision, dueKind: own.kind, owner: ann } as const;
    const awaiting = await store.add(
      'recommendations',
      aRecommendation(recommendation.inspectionId, { ...stored, title: 'awaiting closure', parts: [part('AMBER', 'closure-proposed', '27/03/2017'), part('GREEN', 'closed', '01/01/2017')] })
    );
    const mixed = await store.add(
      'recommendations',
      aRecommendation(recommendation.inspectionId, { ...stored, title: 'one part open', parts: [part('RED', 'open', '24/03/2017'), part('GREEN', 'closed', '01/01/2017')] })
    );
    const items = await loadReminderItems(store, boardPeople(), { today: TODAY, policy: DEFAULT_REMINDER_POLICY, board: board.title });
    const seen = (id: number) => {
      const found = items.find((i) => i.list === 'recommendations' && i.id === id);
      return found && { rag: found.rag, dueDate: found.dueDate, lifecycle: found.lifecycle };
    };
    expect(seen(awaiting.id)).toEqual({ rag: 'AMBER', dueDate: '2017-03-27', lifecycle: 'closure-proposed' });
    expect(seen(mixed.id)).toEqual({ rag: 'RED', dueDate: '2017-03-24', lifecycle: 'open' });
    store.close();
  });
});
