/**
 * The card a pressed button is answered with (Universal Actions replace the card in place):
 * what was saved, or — when the item changed after the card was sent — both values side by side,
 * so the person sees what is there now beside what they wrote, and nothing is overwritten.
 */
import type { ItemEdit } from '../item-edit';
import type { TrackedItem } from '../tracked-item';
import type { AdaptiveCard, CardLinks } from './reminder-card';

export type CardAnswer = Readonly<{
  outcome: 'saved' | 'proposed' | 'snoozed' | 'conflict';
  message: string;
  item: TrackedItem;
  attempted?: Partial<ItemEdit>;
}>;

const rag = (value: string | null | undefined): string => value ?? 'Not set';

export function buildResultCard(answer: CardAnswer, links: CardLinks): AdaptiveCard {
  const item = answer.item;
  const body: unknown[] = [
    { type: 'TextBlock', text: `${item.label}: ${item.title}`, weight: 'Bolder', wrap: true, style: 'heading' },
    { type: 'TextBlock', text: answer.message, wrap: true },
  ];
  if (answer.outcome === 'conflict') {
    const attempted = answer.attempted ?? {};
    body.push({
      type: 'ColumnSet',
      columns: [
        { type: 'Column', width: 'stretch', items: [{ type: 'TextBlock', text: 'Now', weight: 'Bolder' }, { type: 'FactSet', facts: [{ title: 'RAG', value: rag(item.rag) }, { title: 'Progress', value: item.progress ?? '—' }] }] },
        {
          type: 'Column',
          width: 'stretch',
          items: [
            { type: 'TextBlock', text: 'You wrote', weight: 'Bolder' },
            { type: 'FactSet', facts: [{ title: 'RAG', value: attempted.rag === undefined ? '(unchanged)' : rag(attempted.rag) }, { title: 'Progress', value: attempted.progress ?? '(unchanged)' }] },
          ],
        },
      ],
    });
  } else {
    body.push({ type: 'FactSet', facts: [{ title: 'RAG', value: rag(item.rag) }, { title: 'Status', value: item.lifecycle }] });
  }
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    actions: [{ type: 'Action.OpenUrl', title: answer.outcome === 'conflict' ? 'Open to choose' : 'Open', url: links.item(item.list, item.id, item.label) }],
  };
}
