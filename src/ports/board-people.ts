/**
 * Who serves a board: its secretaries (unassigned, escalation and needs-a-date digests) and its
 * leads (inspection escalations). Locally the directory's roles; in Microsoft 365 the site's
 * Board Secretaries and Board Leads groups.
 */
import type { PersonRef } from '../core/model';

export interface BoardPeople {
  /** the board's secretaries; the board is its title, or null when an item has none */
  secretaries(board: string | null): Promise<readonly PersonRef[]>;
  /** the board's leads */
  leads(board: string | null): Promise<readonly PersonRef[]>;
}
