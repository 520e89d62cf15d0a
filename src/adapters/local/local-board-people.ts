/**
 * Who serves a board in local mode: the sample directory's secretaries and leads serve every
 * board (the seeds name no per-board roles).
 */
import type { PersonRef } from '../../core/model';
import type { BoardPeople } from '../../ports/board-people';
import type { Person } from '../../ports/directory';

export class LocalBoardPeople implements BoardPeople {
  constructor(private readonly people: readonly Person[]) {}

  async secretaries(): Promise<readonly PersonRef[]> {
    return this.withRole('secretary');
  }

  async leads(): Promise<readonly PersonRef[]> {
    return this.withRole('lead');
  }

  private withRole(role: Person['role']): PersonRef[] {
    return this.people.filter((p) => p.role === role).map((p) => ({ id: p.id, displayName: p.displayName }));
  }
}
