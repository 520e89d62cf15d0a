/**
 * The board's RAG trend as an SVG chart: one stacked bar per earlier pack and one for now,
 * each segment in its RAG's colour, outlined in the text colour (visible in every theme) and
 * labelled with its count; the legend names every colour with its word, and the table the
 * chart describes (aria-describedby) holds every number, so nothing depends on seeing bars.
 */
import { DASHBOARD_RAGS, type TrendPoint } from '../../../core/board-dashboard';
import { RAG_FILL } from '../../../export/pack/pack-text';

export type TrendChartProps = Readonly<{ trend: readonly TrendPoint[]; tableId: string }>;

const BAR = 64;
const GAP = 40;
const H = 160;
const TOP = 16;

export function TrendChart({ trend, tableId }: TrendChartProps) {
  const max = Math.max(1, ...trend.map((p) => p.total));
  const width = Math.max(trend.length * (BAR + GAP) + GAP, DASHBOARD_RAGS.length * 88 + GAP);
  const words = trend.map((p) => `${p.label}: ${DASHBOARD_RAGS.map((r, i) => `${p.byRag[i] ?? 0} ${r}`).join(', ')}`).join('; ');
  return (
    <svg role="img" aria-label={`RAG trend. ${words}`} aria-describedby={tableId} viewBox={`0 0 ${width} ${H + 96}`} width={width} height={H + 96} style={{ maxWidth: '100%', height: 'auto' }}>
      {trend.map((p, i) => {
        const x = GAP + i * (BAR + GAP);
        let y = TOP + H;
        return (
          <g key={`${p.kind}-${p.date}-${i}`}>
            {DASHBOARD_RAGS.map((r, k) => {
              const n = p.byRag[k] ?? 0;
              if (n === 0) {
                return null;
              }
              const h = Math.max(2, Math.round((n / max) * H));
              y -= h;
              return (
                <g key={r}>
                  <rect x={x} y={y} width={BAR} height={h} fill={`#${RAG_FILL[r].fill}`} stroke="currentColor" strokeWidth={1} />
                  {h >= 14 ? (
                    <text x={x + BAR / 2} y={y + h / 2 + 4} textAnchor="middle" fontSize={11} fill={`#${RAG_FILL[r].text}`}>
                      {n}
                    </text>
                  ) : null}
                </g>
              );
            })}
            <text x={x + BAR / 2} y={y - 4} textAnchor="middle" fontSize={12} fill="currentColor">
              {p.total}
            </text>
            <text x={x + BAR / 2} y={TOP + H + 16} textAnchor="middle" fontSize={11} fill="currentColor">
              {p.kind === 'now' ? 'Now' : p.date.slice(0, 7)}
            </text>
          </g>
        );
      })}
      {DASHBOARD_RAGS.map((r, k) => (
        <g key={r}>
          <rect x={GAP + k * 88} y={H + 56} width={14} height={14} fill={`#${RAG_FILL[r].fill}`} stroke="currentColor" strokeWidth={1} />
          <text x={GAP + k * 88 + 20} y={H + 68} fontSize={11} fill="currentColor">
            {r}
          </text>
        </g>
      ))}
    </svg>
  );
}
