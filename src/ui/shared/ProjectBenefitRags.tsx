import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Rag } from '../../core/rag';
import { RagBadge } from './RagBadge';

const useStyles = makeStyles({
  pair: { display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  one: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, whiteSpace: 'nowrap' },
});

/**
 * A highlight report's two RAGs, each with its visible name ("Project Amber  Benefit Red"): two
 * bare badges side by side do not say which is which. The visible word is hidden from screen
 * readers because each badge's own name already says it ("Project RAG: Amber"); read twice it
 * would be "Project Project RAG: Amber".
 */
export function ProjectBenefitRags({ project, benefit }: Readonly<{ project: Rag | null; benefit: Rag | null }>) {
  const styles = useStyles();
  return (
    <span className={styles.pair} data-testid="project-benefit-rags">
      <span className={styles.one}>
        <Caption1 aria-hidden="true">Project</Caption1>
        <RagBadge rag={project} kind="Project RAG" />
      </span>
      <span className={styles.one}>
        <Caption1 aria-hidden="true">Benefit</Caption1>
        <RagBadge rag={benefit} kind="Benefit RAG" />
      </span>
    </span>
  );
}
