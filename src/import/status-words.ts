/**
 * The status words trackers really use. Planner, Microsoft Lists and ordinary spreadsheets write
 * progress ("Not started", "In progress", "Completed", "On hold"…), which is lifecycle, not RAG:
 * those set the lifecycle and leave RAG not set. RAG words (and the seeds' "NEW GREEN",
 * "CLOSED", "TBD") read as they always have. Each cell is read on its own, so one column may
 * hold both kinds.
 */
import { InvalidValueError } from '../core/errors';
import type { Lifecycle } from '../core/rag';
import { readStatus, type StatusReading } from '../core/rag';

/** Progress words, as Planner, Lists and spreadsheets write them, and the lifecycle each means. */
export const PROGRESS_WORDS: Readonly<Record<string, Lifecycle>> = {
  'not started': 'open',
  'in progress': 'open',
  'on hold': 'open',
  blocked: 'open',
  open: 'open',
  late: 'open',
  // Microsoft Lists' "Work progress tracker" (Progress) and "Issue tracker" (Status)
  behind: 'open',
  new: 'open',
  completed: 'closed',
  complete: 'closed',
  done: 'closed',
  closed: 'closed',
  cancelled: 'superseded',
  canceled: 'superseded',
  // an issue tracker's issues closed without the work: not done, no longer wanted
  duplicate: 'superseded',
  "won't fix": 'superseded',
  'by design': 'superseded',
};

export const ALLOWED_STATUS_WORDS =
  'GREEN, AMBER, RED, WHITE (RAG); Not started, In progress, On hold, Blocked, Behind, New, Open, Late, Completed, Complete, Done, Closed, Cancelled, Duplicate, Won’t fix, By design (progress); NEW <RAG>, NEW CLOSED, TBD or blank';

/** Reads one status cell: a RAG word, a progress word, or a row-numbered error naming both kinds. */
export function readImportStatus(text: string | null | undefined, field = 'status'): StatusReading {
  const word = (text ?? '').trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.!]$/, '').replace(/[‘’]/g, "'");
  const lifecycle = PROGRESS_WORDS[word];
  if (lifecycle) {
    return { rag: null, lifecycle, markedNew: false };
  }
  try {
    return readStatus(text, field);
  } catch (error) {
    if (error instanceof InvalidValueError) {
      throw new InvalidValueError(field, text, `unknown status; allowed: ${ALLOWED_STATUS_WORDS}`);
    }
    throw error;
  }
}

/** Whether a cell reads as a status at all. */
export function isKnownStatus(text: string): boolean {
  try {
    readImportStatus(text);
    return true;
  } catch {
    return false;
  }
}
