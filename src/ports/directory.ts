/**
 * The people directory port: Graph `/users?$search` in Microsoft 365, a JSON list locally.
 */
import type { PersonRef } from '../core/model';

export type Role = 'owner' | 'secretary' | 'lead' | 'member';

export type Person = PersonRef &
  Readonly<{
    mail: string;
    jobTitle: string | null;
    /** how source documents name this person: roles ("Ch Supt HQ") and initials ("DS") */
    aliases: readonly string[];
    role: Role;
  }>;

export interface Directory {
  /** people whose name, mail or alias contains `text`, best first; at most `top` @default 10 */
  search(text: string, top?: number): Promise<readonly Person[]>;
  /** one person by id (UPN / mail), or null */
  get(id: string): Promise<Person | null>;
}
