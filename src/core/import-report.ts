/** What an import would do (preview) or did (apply), as the tab and the CLI report it. */
export type ImportRejection = Readonly<{ row: number; field: string; problem: string; value: string }>;

export type ImportReport = Readonly<{
  fileName: string;
  /** recommendations, actions or deliverables, recognised from the headers */
  kind: string;
  create: number;
  update: number;
  unchanged: number;
  rejected: readonly ImportRejection[];
  ignoredColumns: readonly string[];
  /** rows read, but not wholly as written (several owners in one cell) */
  warnings?: readonly string[];
  /** null for a preview, or when strict and something was rejected */
  applied: Readonly<{ created: number; updated: number; unchanged: number }> | null;
}>;

/** How far a long import has got, for a progress bar: rows done of rows in the file, by stage. */
export type ImportProgress = Readonly<{ stage: 'checking' | 'writing'; done: number; total: number }>;
