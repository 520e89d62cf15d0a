import { Button, Spinner, Text, Title2 } from '@fluentui/react-components';
import type { ItemId } from '../../../core/model';
import type { PlanSummary } from '../../../core/plan-view';
import type { Loadable } from '../../shared/useLoad';
import { useScreenStyles } from '../../shared/screen.styles';

/** The boards that keep an action plan. */
export function PlanList({ state, onOpen }: { state: Loadable<readonly PlanSummary[]>; onOpen: (id: ItemId) => void }) {
  const styles = useScreenStyles();
  const plans = state.data ?? [];
  return (
    <section className={styles.root} aria-labelledby="plans-heading">
      <Title2 as="h1" id="plans-heading">
        Action plans
      </Title2>
      {state.status === 'loading' ? <Spinner label="Loading action plans" /> : null}
      <ul className={styles.list}>
        {plans.map((p) => (
          <li key={p.boardId}>
            <Button appearance="transparent" onClick={() => onOpen(p.boardId)} style={{ padding: 0, minWidth: 0, textAlign: 'start' }}>
              {p.title}
            </Button>
            <Text block className={styles.muted}>
              {p.strands} strands, {p.objectives} objectives, {p.actions} actions
            </Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
