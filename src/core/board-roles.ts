/**
 * Roles per board (DESIGN §7): secretaries and leads act only on the boards they serve.
 * Pure: which boards a person serves comes from the people data locally and from SharePoint
 * groups named "<board> Secretaries" / "<board> Leads" in Microsoft 365.
 */
export type BoardRole = 'secretary' | 'lead';
export type BoardServiceLike = Readonly<{ board: string; role: BoardRole }>;

/** Serves every board on the site (the site-wide "Board Secretaries" / "Board Leads" groups). */
export const ALL_BOARDS = '*';

const norm = (title: string): string => title.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Whether `serves` covers the board titled `boardTitle` in one of `roles`. An item with no board
 * is served only by those who serve every board.
 */
export function servesBoard(
  serves: readonly BoardServiceLike[] | undefined,
  boardTitle: string | null,
  roles: readonly BoardRole[] = ['secretary', 'lead']
): boolean {
  return (serves ?? []).some(
    (s) => roles.includes(s.role) && (s.board === ALL_BOARDS || (boardTitle !== null && norm(s.board) === norm(boardTitle)))
  );
}

const GROUP_SUFFIXES: ReadonlyArray<readonly [string, BoardRole]> = [
  [' secretaries', 'secretary'],
  [' leads', 'lead'],
];

/**
 * Reads a SharePoint group title: "Operational Delivery Board Secretaries" → that board's
 * secretary; "Board Secretaries" / "Board Leads" (the site-wide groups) → every board.
 * Any other group is not a board role.
 */
export function boardServiceFromGroup(groupTitle: string): BoardServiceLike | null {
  const t = groupTitle.trim().replace(/\s+/g, ' ');
  for (const [suffix, role] of GROUP_SUFFIXES) {
    if (t.toLowerCase().endsWith(suffix) && t.length > suffix.length) {
      const board = t.slice(0, t.length - suffix.length).trim();
      return { board: norm(board) === 'board' ? ALL_BOARDS : board, role };
    }
  }
  return null;
}

/** The highest role a set of board services gives: secretary over lead. */
export function highestBoardRole(serves: readonly BoardServiceLike[]): BoardRole | null {
  if (serves.some((s) => s.role === 'secretary')) {
    return 'secretary';
  }
  return serves.length > 0 ? 'lead' : null;
}
