/**
 * Adaptive Card 1.5 for one reminder digest, built by a pure function (DESIGN §5): each item with
 * its title, parent, due as written and derived, days to go or overdue, and RAG as a word; and
 * its actions — update progress (text and RAG, with RED's rationale and WHITE's organisation),
 * propose complete, snooze 7 days (Action.Execute with an Action.Submit fallback for clients
 * before Universal Actions) and open in the tab. A long digest shows its first items and
 * "N more" with a link to the tab: a card has a size limit, a chat is not a list view.
 */
import type { IsoDate } from '../dates';
import type { TrackedList, ItemId } from '../model';
import { RAGS, ragLabel } from '../rag';
import type { DigestItem, DigestView } from '../reminder-digest';
import type { DigestKind } from '../reminder-policy';
import { RAG_NOT_SET, inputId, type CardActionData, type CardVerb } from './card-actions';

export type AdaptiveCard = Readonly<Record<string, unknown>>;

/** Where the card's links go: Teams deep links in Microsoft 365, the local tab's address locally. */
export type CardLinks = Readonly<{
  item: (list: TrackedList, id: ItemId, label: string) => string;
  /** the tab's view of a digest's kind: My items, Unassigned, All items overdue */
  digest: (kind: DigestKind) => string;
}>;

/** Items shown in full on one card; the rest are counted and linked. */
export const CARD_ITEM_LIMIT = 8;

const HEADINGS: Readonly<Record<DigestKind, (n: number) => string>> = {
  owner: (n) => `${n === 1 ? 'An item' : `${n} items`} of yours ${n === 1 ? 'is' : 'are'} due`,
  unassigned: (n) => `Unassigned and due: ${n === 1 ? '1 item' : `${n} items`}`,
  escalation: (n) => `Overdue by two weeks or more: ${n === 1 ? '1 item' : `${n} items`}`,
  'needs-date': (n) => `Needs a date: ${n === 1 ? '1 item' : `${n} items`}`,
  round: (n) => `Your highlight update is asked for: ${n === 1 ? '1 workstream' : `${n} workstreams`}`,
};

const INTROS: Readonly<Record<DigestKind, string>> = {
  owner: 'Update each one here, or open it in Action Tracker.',
  unassigned: 'Nobody is named as owner of these. Assign an owner in Action Tracker, or update them here.',
  escalation: 'These are in workstreams or boards you lead or serve. Their owners have been reminded.',
  'needs-date': 'These have no deadline. Agree one with the owner and set it in Action Tracker.',
  round:
    'The board’s secretary asks for a highlight update before the meeting: progress since the last update, key next steps, proposed Project and Benefit RAG, and decisions required. Open each workstream in Action Tracker to send it.',
};

export function buildReminderCard(digest: DigestView, today: IsoDate, links: CardLinks): AdaptiveCard {
  const shown = digest.items.slice(0, CARD_ITEM_LIMIT);
  const more = digest.items.length - shown.length;
  const body: unknown[] = [
    { type: 'TextBlock', text: HEADINGS[digest.kind](digest.items.length), size: 'Large', weight: 'Bolder', wrap: true, style: 'heading' },
    { type: 'TextBlock', text: `For ${digest.to.displayName} · ${formatDay(today)}`, isSubtle: true, spacing: 'None', wrap: true },
    { type: 'TextBlock', text: INTROS[digest.kind], wrap: true },
    ...shown.map((item) => itemContainer(item, links)),
  ];
  if (more > 0) {
    body.push({
      type: 'TextBlock',
      text: `and ${more} more ${more === 1 ? 'item' : 'items'}`,
      weight: 'Bolder',
      wrap: true,
      separator: true,
    });
  }
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    fallbackText: `${HEADINGS[digest.kind](digest.items.length)}: ${digest.items.map((i) => i.title).join('; ')}`,
    body,
    actions: [{ type: 'Action.OpenUrl', title: more > 0 ? `Open all ${digest.items.length} in Action Tracker` : 'Open Action Tracker', url: links.digest(digest.kind) }],
  };
}

function itemContainer(item: DigestItem, links: CardLinks): unknown {
  const data = (verb: CardVerb): CardActionData => ({ verb, list: item.list, id: item.id, version: item.version });
  return {
    type: 'Container',
    separator: true,
    spacing: 'Medium',
    items: [
      { type: 'TextBlock', text: `${item.label}: ${item.title}`, weight: 'Bolder', wrap: true },
      ...(item.parent ? [{ type: 'TextBlock', text: item.parent, isSubtle: true, spacing: 'None', wrap: true }] : []),
      {
        type: 'FactSet',
        facts: [
          { title: item.rule === 'round' ? 'Board meets' : 'Due', value: dueText(item) },
          { title: 'When', value: whenText(item) },
          // the word itself: a card's colours are the host's, and a colour alone says nothing
          { title: 'RAG', value: item.rag ? item.rag : 'Not set' },
        ],
      },
      {
        type: 'ActionSet',
        // a highlight update has more to it than a card holds: the tab's highlight form takes it
        actions: [
          ...(item.rule === 'round'
            ? []
            : [
                { type: 'Action.ShowCard', title: 'Update progress', card: updateForm(item, data('updateProgress')) },
                { type: 'Action.ShowCard', title: 'Propose complete', card: proposeForm(item, data('proposeComplete')) },
                execute('Snooze 7 days', data('snooze')),
              ]),
          { type: 'Action.OpenUrl', title: 'Open', url: links.item(item.list, item.id, item.label) },
        ],
      },
    ],
  };
}

function updateForm(item: DigestItem, data: CardActionData): unknown {
  return {
    type: 'AdaptiveCard',
    body: [
      { type: 'Input.Text', id: inputId('progress', item.list, item.id), label: 'Progress since the last update', isMultiline: true, maxLength: 4000 },
      {
        type: 'Input.ChoiceSet',
        id: inputId('rag', item.list, item.id),
        label: 'RAG',
        style: 'compact',
        value: item.rag ?? RAG_NOT_SET,
        choices: [{ title: 'Not set', value: RAG_NOT_SET }, ...RAGS.map((r) => ({ title: `${ragLabel(r)}`, value: r }))],
      },
      { type: 'Input.Text', id: inputId('rationale', item.list, item.id), label: 'Why it is RED (needed for RED)', isMultiline: true, maxLength: 2000 },
      { type: 'Input.Text', id: inputId('org', item.list, item.id), label: 'Organisation responsible (needed for WHITE)', maxLength: 255 },
    ],
    actions: [execute('Save update', data)],
  };
}

/** Closure needs a note and evidence (a link): the lead accepts or returns it in the tab. */
function proposeForm(item: DigestItem, data: CardActionData): unknown {
  return {
    type: 'AdaptiveCard',
    body: [
      { type: 'Input.Text', id: inputId('note', item.list, item.id), label: 'What was done', isMultiline: true, isRequired: true, errorMessage: 'Say what was done', maxLength: 2000 },
      { type: 'Input.Text', id: inputId('link', item.list, item.id), label: 'Evidence (a link)', style: 'Url', isRequired: true, errorMessage: 'Give a link to the evidence', maxLength: 2000 },
    ],
    actions: [execute('Send for closure', data)],
  };
}

/** Action.Execute (Universal Actions), falling back to Action.Submit carrying the same verb. */
function execute(title: string, data: CardActionData): unknown {
  return {
    type: 'Action.Execute',
    title,
    verb: data.verb,
    data,
    fallback: { type: 'Action.Submit', title, data: { ...data, msteams: { type: 'messageBack', displayText: title } } },
  };
}

function dueText(item: DigestItem): string {
  if (item.dueDate === null) {
    return item.dueText ? `${item.dueText} (no date)` : 'No date';
  }
  const derived = formatDay(item.dueDate);
  return item.dueText && item.dueText !== derived ? `${item.dueText} (${derived})` : derived;
}

function whenText(item: DigestItem): string {
  const d = item.daysToGo;
  if (d === null) {
    return 'Needs a date';
  }
  if (d === 0) {
    return 'Due today';
  }
  return d > 0 ? `${d} ${d === 1 ? 'day' : 'days'} to go` : `${-d} ${d === -1 ? 'day' : 'days'} overdue`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "31 Mar 2017": date-only, never through a time zone. */
function formatDay(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}
