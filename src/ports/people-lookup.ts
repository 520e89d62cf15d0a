/**
 * Finding many people at once (an import's owners, the seed's owners): by address or by name,
 * with as few requests as the backend allows (Graph: JSON $batch of ≤ 20). Locally the
 * directory answers each; in Microsoft 365 the Graph adapter batches them.
 */
import type { PersonRef } from '../core/model';

export type PersonQuery = Readonly<{
  /**
   * `address`: the person's UPN, their mail, or another address they have (a guest is named by
   * their own address; a member's mail may differ from their UPN). `name`: their display name
   * exactly (locally also an alias: a role or initials the sources use).
   */
  by: 'address' | 'name';
  text: string;
}>;

export interface PeopleLookup {
  /** for each query, in order, the one person it names; null when none or more than one does */
  find(queries: readonly PersonQuery[]): Promise<ReadonlyArray<PersonRef | null>>;
}
