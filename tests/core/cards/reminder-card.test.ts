import { describe, expect, it } from 'vitest';
import { buildReminderCard, CARD_ITEM_LIMIT, type CardLinks } from '../../../src/core/cards/reminder-card';
import type { IsoDate } from '../../../src/core/dates';
import { asItemId } from '../../../src/core/model';
import type { DigestItem, DigestView } from '../../../src/core/reminder-digest';
import type { DigestKind } from '../../../src/core/reminder-policy';
import { cardProblems } from './validate-card';

const links: CardLinks = {
  item: (list, id) => `https://tracker.example/#/items/${list}/${id}`,
  digest: (kind) => `https://tracker.example/#/${kind === 'unassigned' ? 'unassigned' : ''}`,
};
const today = '2017-03-20' as IsoDate;

export function anItem(over: Partial<DigestItem> = {}): DigestItem {
  return {
    list: 'actions',
    id: asItemId(12),
    ref: 'OD1-01',
    title: 'Review the induction process',
    dueText: 'March 2017 [Internal deadline]',
    dueDate: '2017-03-31' as IsoDate,
    rule: 'before-14',
    rag: 'AMBER',
    lifecycle: 'open',
    label: 'Action OD1-01',
    parent: 'OD1 Operational Delivery',
    daysToGo: 11,
    version: '"3"',
    ...over,
  };
}

const digest = (kind: DigestKind, items: DigestItem[]): DigestView => ({ to: { id: 'ann@x', displayName: 'Ann Owner' }, kind, items });

/** All text a card shows, in order (TextBlocks and facts), for asserting on what a person reads. */
function texts(node: unknown): string[] {
  if (Array.isArray(node)) {
    return node.flatMap(texts);
  }
  if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    const own = o.type === 'TextBlock' ? [String(o.text)] : o.title !== undefined && o.value !== undefined && !o.type ? [`${o.title}: ${o.value}`] : [];
    return [...own, ...Object.entries(o).filter(([k]) => k !== 'fallbackText').flatMap(([, v]) => texts(v))];
  }
  return [];
}

function actions(node: unknown): Array<Record<string, unknown>> {
  if (Array.isArray(node)) {
    return node.flatMap(actions);
  }
  if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    const own = typeof o.type === 'string' && o.type.startsWith('Action.') ? [o] : [];
    return [...own, ...Object.entries(o).filter(([k]) => k !== 'fallback').flatMap(([, v]) => actions(v))];
  }
  return [];
}

describe('reminder card (Adaptive Card 1.5)', () => {
  it.each<DigestKind>(['owner', 'unassigned', 'escalation', 'needs-date'])('a %s digest passes the adaptivecards parser at 1.5 with no warnings', (kind) => {
    const card = buildReminderCard(digest(kind, [anItem(), anItem({ id: asItemId(13), rag: null, dueText: 'TBC', dueDate: null, daysToGo: null, rule: 'needs-date' })]), today, links);
    expect(card.version).toBe('1.5');
    expect(cardProblems(card)).toEqual([]);
  });

  it('shows title, parent, due as written and derived, days to go, and RAG as a word', () => {
    const card = buildReminderCard(digest('owner', [anItem(), anItem({ id: asItemId(14), title: 'Late one', rag: 'RED', daysToGo: -20, dueText: '28/02/17', dueDate: '2017-02-28' as IsoDate })]), today, links);
    expect(texts(card)).toEqual(
      expect.arrayContaining([
        '2 items of yours are due',
        'For Ann Owner · 20 Mar 2017',
        'Action OD1-01: Review the induction process',
        'OD1 Operational Delivery',
        'Due: March 2017 [Internal deadline] (31 Mar 2017)',
        'When: 11 days to go',
        'RAG: AMBER',
        'Action OD1-01: Late one',
        'Due: 28/02/17 (28 Feb 2017)',
        'When: 20 days overdue',
        'RAG: RED',
      ])
    );
  });

  it('offers update progress, propose complete, snooze and open, each Action.Execute with an Action.Submit fallback', () => {
    const card = buildReminderCard(digest('owner', [anItem()]), today, links);
    const all = actions(card);
    expect(all.map((a) => `${a.type} ${a.title}`)).toEqual([
      'Action.ShowCard Update progress',
      'Action.Execute Save update',
      'Action.ShowCard Propose complete',
      'Action.Execute Send for closure',
      'Action.Execute Snooze 7 days',
      'Action.OpenUrl Open',
      'Action.OpenUrl Open Action Tracker',
    ]);
    const save = all.find((a) => a.title === 'Save update');
    expect(save).toMatchObject({ verb: 'updateProgress', data: { verb: 'updateProgress', list: 'actions', id: 12, version: '"3"' } });
    expect(save?.fallback).toMatchObject({ type: 'Action.Submit', data: { verb: 'updateProgress', list: 'actions', id: 12, version: '"3"' } });
    expect(all.find((a) => a.title === 'Open')?.url).toBe('https://tracker.example/#/items/actions/12');
    expect(JSON.stringify(card)).toContain('"id":"rag-actions-12"');
    expect(JSON.stringify(card)).toContain('Why it is RED (needed for RED)');
    expect(JSON.stringify(card)).toContain('Organisation responsible (needed for WHITE)');
  });

  it('shows the first items of a long digest and "N more" linking to the tab', () => {
    const many = Array.from({ length: CARD_ITEM_LIMIT + 5 }, (_, i) => anItem({ id: asItemId(100 + i), title: `Item ${i}` }));
    const card = buildReminderCard(digest('unassigned', many), today, links);
    expect(texts(card)).toContain('and 5 more items');
    expect(texts(card).filter((t) => t.startsWith('Action OD1-01: Item'))).toHaveLength(CARD_ITEM_LIMIT);
    expect(actions(card).at(-1)).toMatchObject({ type: 'Action.OpenUrl', title: `Open all ${CARD_ITEM_LIMIT + 5} in Action Tracker`, url: 'https://tracker.example/#/unassigned' });
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card).length).toBeLessThan(28_000); // Teams' message size limit
  });

  it('says when an item needs a date instead of inventing one', () => {
    const card = buildReminderCard(digest('needs-date', [anItem({ dueText: 'TBC', dueDate: null, daysToGo: null, rule: 'needs-date', rag: null })]), today, links);
    expect(texts(card)).toEqual(expect.arrayContaining(['Needs a date: 1 item', 'Due: TBC (no date)', 'When: Needs a date', 'RAG: Not set']));
  });
});

describe('a round reminder (an update round asks for a highlight update)', () => {
  const ws = anItem({ list: 'workstreams', id: asItemId(4), ref: null, title: 'Partnerships', label: 'Workstream', parent: 'Operational Delivery Board', dueText: null, dueDate: '2017-03-30' as IsoDate, rule: 'round', daysToGo: 10 });

  it('asks for the update, names the meeting day and opens the workstream: no card buttons that would not fit a highlight report', async () => {
    const card = buildReminderCard(digest('round', [ws]), today, links);
    expect(await cardProblems(card)).toEqual([]);
    const shown = texts(card.body);
    expect(shown[0]).toBe('Your highlight update is asked for: 1 workstream');
    expect(shown).toContain('Workstream: Partnerships');
    expect(shown).toContain('Board meets: 30 Mar 2017');
    expect(shown).toContain('When: 10 days to go');
    expect(actions(card.body).map((a) => a.title)).toEqual(['Open']);
  });
});
