/**
 * What a reminder card's buttons send back, in Teams (`adaptiveCard/action` invokes carrying
 * `verb` and `data`) and in the local Outbox alike. Input ids name the item, so one card can hold
 * several items' forms.
 */
import type { ItemId, TrackedList } from '../model';

export type CardVerb = 'updateProgress' | 'proposeComplete' | 'snooze';
export const CARD_VERBS: readonly CardVerb[] = ['updateProgress', 'proposeComplete', 'snooze'];

/** The data every action carries: which item, and the version the card was built from. */
export type CardActionData = Readonly<{ verb: CardVerb; list: TrackedList; id: ItemId; version: string }>;

export const inputId = (field: 'progress' | 'rag' | 'rationale' | 'org' | 'note' | 'link', list: TrackedList, id: ItemId): string =>
  `${field}-${list}-${id}`;

/** The RAG choice for "not set" (a choice's value may not be empty). */
export const RAG_NOT_SET = 'NOT-SET';
