/**
 * The people directory port: Graph `/users?$search` in Microsoft 365, a JSON list locally.
 */
import type { PersonRef } from '../core/model';

export type Role = 'owner' | 'secretary' | 'lead' | 'member';

/**
 * A board a person serves as its secretary or lead (DESIGN §7: they act only on the boards they
 * serve). `board` is the board's title as stored, or '*' for every board on the site.
 */
export type BoardService = Readonly<{ board: string; role: 'secretary' | 'lead' }>;

export type Person = PersonRef &
  Readonly<{
    mail: string;
    jobTitle: string | null;
    /** how source documents name this person: roles ("Ch Supt HQ") and initials ("DS") */
    aliases: readonly string[];
    /** the person's highest role anywhere (imports, templates); per-board rights are in `serves` */
    role: Role;
    /** the boards this person serves as secretary or lead; none when absent */
    serves?: readonly BoardService[];
  }>;

export interface Directory {
  /** people whose name, mail or alias contains `text`, best first; at most `top` @default 10 */
  search(text: string, top?: number): Promise<readonly Person[]>;
  /** one person by id (the UPN in Microsoft 365; locally the address), or null; a mail that is not the UPN is looked up with PeopleLookup */
  get(id: string): Promise<Person | null>;
}
