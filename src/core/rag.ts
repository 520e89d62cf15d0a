/**
 * RAG (GREEN / AMBER / RED / WHITE, or not set) and lifecycle are separate things.
 * Source trackers mix them in one column ("NEW GREEN", "NEW CLOSED"), so reading a status
 * cell yields both, and "new" is dropped: it is derived from the last board snapshot.
 */
import { InvalidValueError } from './errors';

export type Rag = 'GREEN' | 'AMBER' | 'RED' | 'WHITE';
export const RAGS: readonly Rag[] = ['GREEN', 'AMBER', 'RED', 'WHITE'];

export type Lifecycle = 'open' | 'closure-proposed' | 'closed' | 'authorised' | 'superseded';
export const LIFECYCLES: readonly Lifecycle[] = [
  'open',
  'closure-proposed',
  'closed',
  'authorised',
  'superseded',
];

/** Seed 004's legend, used for labels and tooltips. */
export const RAG_MEANING: Readonly<Record<Rag, string>> = {
  GREEN: 'Implemented',
  AMBER: 'Ongoing; expected to be implemented',
  RED: 'Past its deadline, or cannot / will not be implemented',
  WHITE: 'Not the force’s responsibility, or depends on another organisation',
};

export type StatusReading = Readonly<{
  rag: Rag | null;
  lifecycle: Lifecycle | null;
  /** the source marked it NEW; kept only to report on import, never stored as a status */
  markedNew: boolean;
}>;

const NOT_SET = new Set(['', 'TBD', 'TBC', 'N/A', 'NOT SET', 'NONE', '-']);
const LIFECYCLE_WORDS: Readonly<Record<string, Lifecycle>> = {
  CLOSED: 'closed',
  COMPLETE: 'closed',
  COMPLETED: 'closed',
  AUTHORISED: 'authorised',
  AUTHORIZED: 'authorised',
  SUPERSEDED: 'superseded',
  OPEN: 'open',
  'CLOSURE PROPOSED': 'closure-proposed',
};

/** Reads a status cell as written in a tracker. Unknown words are refused, listing allowed ones. */
export function readStatus(text: string | null | undefined, field = 'status'): StatusReading {
  const s = (text ?? '').trim().toUpperCase().replace(/\s+/g, ' ');
  if (NOT_SET.has(s)) {
    return { rag: null, lifecycle: null, markedNew: false };
  }
  const markedNew = s.startsWith('NEW ');
  const word = markedNew ? s.slice(4) : s;
  if ((RAGS as readonly string[]).includes(word)) {
    return { rag: word as Rag, lifecycle: null, markedNew };
  }
  const lifecycle = LIFECYCLE_WORDS[word];
  if (lifecycle) {
    return { rag: null, lifecycle, markedNew };
  }
  throw new InvalidValueError(
    field,
    text,
    'unknown status; allowed: GREEN, AMBER, RED, WHITE, NEW <RAG>, CLOSED, NEW CLOSED, TBD or blank'
  );
}

/** Validates a RAG value given directly (API bodies, forms). */
export function parseRag(value: unknown, field = 'rag'): Rag | null {
  if (value === null || value === undefined || value === '') {
    return null;
  }
  if (typeof value === 'string' && (RAGS as readonly string[]).includes(value.toUpperCase())) {
    return value.toUpperCase() as Rag;
  }
  throw new InvalidValueError(field, value, 'allowed: GREEN, AMBER, RED, WHITE or not set');
}

export function parseLifecycle(value: unknown, field = 'lifecycle'): Lifecycle {
  if (typeof value === 'string' && (LIFECYCLES as readonly string[]).includes(value)) {
    return value as Lifecycle;
  }
  throw new InvalidValueError(field, value, `allowed: ${LIFECYCLES.join(', ')}`);
}

/** Severity for "worst of" and for sorting exception reports: RED first. */
const SEVERITY: Readonly<Record<Rag, number>> = { RED: 4, AMBER: 3, GREEN: 1, WHITE: 0 };

export function worstRag(rags: ReadonlyArray<Rag | null>): Rag | null {
  let worst: Rag | null = null;
  for (const rag of rags) {
    if (rag !== null && (worst === null || SEVERITY[rag] > SEVERITY[worst])) {
      worst = rag;
    }
  }
  return worst;
}

export function isOpen(lifecycle: Lifecycle): boolean {
  return lifecycle === 'open' || lifecycle === 'closure-proposed';
}

export function ragLabel(rag: Rag | null): string {
  return rag === null ? 'Not set' : rag.charAt(0) + rag.slice(1).toLowerCase();
}
