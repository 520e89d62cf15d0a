import { Caption1, Text } from '@fluentui/react-components';
import type { InspectionDetail } from '../../../core/inspection-view';
import { useScreenStyles } from '../../shared/screen.styles';

/**
 * What the report itself says beyond its items: its own paragraphs, that it makes no specific
 * recommendations, and the board's status legend exactly as the tracker writes it.
 */
export function ReportSourceText({ report }: Readonly<{ report: InspectionDetail }>) {
  const styles = useScreenStyles();
  const narrative = report.narrative ?? [];
  const legend = report.legend ?? [];
  return (
    <>
      {report.noSpecificRecommendations ? (
        <Text block weight="semibold">
          This report makes no specific recommendations: it highlights areas for attention.
        </Text>
      ) : null}
      {narrative.length > 0 ? (
        <section aria-label="The report’s own words">
          {narrative.map((p, i) => (
            <Text block key={i}>
              {p}
            </Text>
          ))}
        </section>
      ) : null}
      {legend.length > 0 ? (
        <details>
          <summary>Status legend, as the tracker writes it</summary>
          <dl className={styles.facts}>
            {legend.map(({ status, meaning }) => (
              <div key={status} style={{ display: 'contents' }}>
                <dt className={styles.muted}>{status}</dt>
                <dd className={styles.dd}>{meaning}</dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
    </>
  );
}

/** One line per thing the source did not write on this row, or wrote differently. */
export function SourceNotes({ notes }: Readonly<{ notes: readonly string[] | undefined }>) {
  const styles = useScreenStyles();
  if (!notes || notes.length === 0) {
    return null;
  }
  return (
    <ul className={styles.list} aria-label="As the source wrote it">
      {notes.map((n) => (
        <li key={n}>
          <Caption1 className={styles.muted}>ⓘ {n}</Caption1>
        </li>
      ))}
    </ul>
  );
}
