/**
 * "Closures to review", for leads and board secretaries: every item whose owner proposed
 * closure on a board they serve (not their own proposals), the longest waiting first, each
 * with its note and evidence. Open one to accept it or return it with a reason.
 * Cards, not a table: the evidence reads on a phone without sideways scrolling.
 */
import { Caption1, Link, Spinner, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import type { IsoDate } from '../../../core/dates';
import { describeFilter, NO_FILTER } from '../../../core/item-filter';
import { daysOverdue } from '../../../core/tracked-item';
import type { ReviewItem } from '../../../ports/closure-client';
import type { ItemRoute } from '../../app/useRoute';
import { formatDue, formatOverdue } from '../../shared/format';
import { ItemFilterBar } from '../../shared/ItemFilterBar';
import { LoadError } from '../../shared/LoadStatus';
import { RagBadge } from '../../shared/RagBadge';
import { useScreenStyles } from '../../shared/screen.styles';
import { ProposalEvidence } from './ProposalEvidence';
import { REVIEW_FILTER, type ClosuresToReviewState } from './useClosuresToReview';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  open: { textAlign: 'start' },
  meta: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'center' },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

function Card({ item, asOf, selected, onOpen }: { item: ReviewItem; asOf: IsoDate; selected: boolean; onOpen: () => void }) {
  const styles = useStyles();
  const screen = useScreenStyles();
  const overdue = daysOverdue(item, asOf);
  const headingId = `review-${item.list}-${item.id}`;
  return (
    <li className={styles.card} aria-labelledby={headingId} data-testid={`review-${item.list}-${item.id}`}>
      <Caption1 className={screen.muted}>
        {item.label}
        {item.board ? ` · ${item.board}` : ''}
      </Caption1>
      <h2 className={styles.title} id={headingId}>
        <Link as="button" className={styles.open} onClick={onOpen} aria-current={selected ? 'true' : undefined} data-testid={`row-${item.list}-${item.id}`}>
          {item.title}
        </Link>
      </h2>
      <div className={styles.meta}>
        <RagBadge rag={item.rag} kind="RAG while proposed" />
        <Text>Owner: {item.owner?.displayName ?? item.ownerText ?? 'No owner'}</Text>
        <Text>
          Due: {formatDue(item.due)}
          {overdue > 0 ? <span className={styles.overdue}> ({formatOverdue(overdue)})</span> : null}
        </Text>
      </div>
      <ProposalEvidence proposal={item.proposal} headingLevel="h3" />
    </li>
  );
}

export function ClosuresToReviewScreen({ state, asOf, selected, onOpen }: { state: ClosuresToReviewState; asOf: IsoDate; selected: ItemRoute | null; onOpen: (route: ItemRoute) => void }) {
  const screen = useScreenStyles();
  const styles = useStyles();
  // every item here has closure proposed: the status is not a filter to describe
  const described = describeFilter({ ...state.filter, lifecycle: NO_FILTER.lifecycle }, {
    owner: state.owners.find((o) => o.id === state.filter.owner)?.name,
    board: state.boards.find((b) => b.id === state.filter.boardId)?.title,
  });
  const total = state.shown.length;
  const count =
    state.status === 'ready'
      ? state.all.length === 0
        ? 'No closures are waiting for you to review.'
        : `${total} closure${total === 1 ? '' : 's'} to review${described ? ` — ${described}` : ''}${total < state.all.length ? ` (of ${state.all.length})` : ''}, the longest waiting first`
      : '';
  return (
    <section className={screen.root} aria-labelledby="closures-heading">
      <Title2 as="h1" id="closures-heading">
        Closures to review
      </Title2>
      <Text as="p" className={screen.muted}>
        Owners have proposed these as complete on the boards you serve. Open one to accept it (it becomes GREEN and closed) or return it with a reason.
      </Text>
      <ItemFilterBar
        label="Search and filter closures to review"
        filter={state.filter}
        onFilterChange={state.setFilter}
        sort={{ key: 'due', descending: false }}
        onSortChange={() => undefined}
        sortKeys={[]}
        base={REVIEW_FILTER}
        controls={['owner', 'due', 'rag', 'list', 'board']}
        owners={state.owners}
        boards={state.boards}
      />
      <Text role="status" aria-live="polite" aria-atomic="true" data-testid="result-count">
        {count}
      </Text>
      {state.status === 'error' ? <LoadError what="the closures to review" error={state.error} onRetry={state.reload} /> : null}
      {state.status === 'loading' ? <Spinner label="Loading closures to review" /> : null}
      {state.shown.length > 0 ? (
        <ul className={styles.list} aria-label="Closures to review">
          {state.shown.map((i) => (
            <Card key={`${i.list}-${i.id}`} item={i} asOf={asOf} selected={selected?.list === i.list && selected.id === i.id} onOpen={() => onOpen({ list: i.list, id: i.id })} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
