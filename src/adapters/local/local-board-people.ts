/**
 * Who serves a board in local mode: the sample people whose `serves` covers it (Morgan serves
 * every board, Jo the inspections board, Ruth leads the governance boards).
 */
import { servesBoard, type BoardRole } from '../../core/board-roles';
import type { PersonRef } from '../../core/model';
import type { BoardPeople } from '../../ports/board-people';
import type { Person } from '../../ports/directory';

export class LocalBoardPeople implements BoardPeople {
  constructor(private readonly people: readonly Person[]) {}

  async secretaries(board: string | null): Promise<readonly PersonRef[]> {
    return this.serving(board, 'secretary');
  }

  async leads(board: string | null): Promise<readonly PersonRef[]> {
    return this.serving(board, 'lead');
  }

  private serving(board: string | null, role: BoardRole): PersonRef[] {
    return this.people
      .filter((p) => p.role !== 'member' && servesBoard(p.serves, board, [role]))
      .map((p) => ({ id: p.id, displayName: p.displayName }));
  }
}
