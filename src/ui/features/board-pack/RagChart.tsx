/**
 * Counts by RAG as an SVG bar chart: each bar outlined in the text colour (so it stands out in
 * every theme) and labelled with its RAG word and count; the numbers are also in the table the
 * chart describes (aria-describedby), so nothing depends on seeing the bars.
 */
import type { RagSummary } from '../../../core/board-pack';
import { RAG_FILL } from '../../../export/pack/pack-text';

export type RagChartProps = Readonly<{ summary: RagSummary; tableId: string }>;

export function RagChart({ summary, tableId }: RagChartProps) {
  const max = Math.max(1, ...summary.byRag.map((r) => r.count));
  const barW = 56;
  const gap = 24;
  const h = 160;
  const width = summary.byRag.length * (barW + gap) + gap;
  const words = summary.byRag.map((r) => `${r.count} ${r.rag}`).join(', ');
  return (
    <svg role="img" aria-label={`Items by RAG: ${words}`} aria-describedby={tableId} viewBox={`0 0 ${width} ${h + 48}`} width={width} height={h + 48} style={{ maxWidth: '100%', color: 'inherit' }}>
      {summary.byRag.map((r, i) => {
        const bh = Math.round((r.count / max) * h);
        const x = gap + i * (barW + gap);
        return (
          <g key={r.rag}>
            <rect x={x} y={h - bh + 16} width={barW} height={Math.max(bh, 1)} fill={`#${RAG_FILL[r.rag].fill}`} stroke="currentColor" strokeWidth={1} />
            <text x={x + barW / 2} y={h - bh + 12} textAnchor="middle" fontSize={12} fill="currentColor">
              {r.count}
            </text>
            <text x={x + barW / 2} y={h + 34} textAnchor="middle" fontSize={11} fill="currentColor">
              {r.rag}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
