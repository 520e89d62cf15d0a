import { Button, Field, Select, Subtitle1, Text, Title2 } from '@fluentui/react-components';
import { useMemo, useState, type ReactNode } from 'react';
import type { IsoDate } from '../../../core/dates';
import { describeFilter, NO_FILTER, type ItemFilter } from '../../../core/item-filter';
import { ItemFilterBar } from '../../shared/ItemFilterBar';
import { useFilteredItems } from '../../shared/useFilteredItems';

/** A plan shows all its actions, done or not, until asked otherwise. */
const PLAN_FILTER: ItemFilter = { ...NO_FILTER, lifecycle: 'any' };
import type { PlanAction, PlanDetail, PlanObjective } from '../../../core/plan-view';
import type { TrackedItem } from '../../../core/tracked-item';
import type { ItemRoute } from '../../app/useRoute';
import { ExportButtons } from '../../shared/ExportButtons';
import { LoadStatus } from '../../shared/LoadStatus';
import { dueColumn, ownerColumn, ragColumn, refColumn, titleColumn, type ItemColumn } from '../../shared/item-table/item-columns';
import { DetailSwitch } from '../../shared/item-table/DetailSwitch';
import { ItemTable } from '../../shared/item-table/ItemTable';
import { ChangeBadge } from '../../shared/ChangeBadge';
import type { Loadable } from '../../shared/useLoad';
import { useScreenStyles } from '../../shared/screen.styles';

export type PlanDetailProps = Readonly<{ state: Loadable<PlanDetail>; asOf: IsoDate; me: string; selected: ItemRoute | null; onOpenItem: (item: ItemRoute) => void; onBack: () => void }>;

/** `rowHeader` names one row ("Equality duty"): written out, as English plurals are not all "+s" */
function CoverageTable({ title, rowHeader, counts }: { title: string; rowHeader: string; counts: Readonly<Record<string, number>> }) {
  const styles = useScreenStyles();
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{title}</caption>
      <thead>
        <tr>
          <th className={styles.th} scope="col">{rowHeader}</th>
          <th className={styles.th} scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(counts).map(([name, n]) => (
          <tr key={name}>
            <th className={styles.td} scope="row" style={{ fontWeight: 'normal', textAlign: 'start' }}>{name}</th>
            <td className={styles.td}>{n === 0 ? 'None — no action addresses this' : n}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** an action as a row of its strand's table: the item, with the objective it serves */
type PlanRow = TrackedItem & Readonly<{ action: PlanAction; objective: PlanObjective }>;

const OBJECTIVE: ItemColumn<PlanRow> = {
  id: 'objective',
  header: 'Objective',
  cell: (row) => <span title={row.objective.text}>{row.objective.ref ?? row.objective.text}</span>,
  width: 110,
  minWidth: 70,
};
const CHANGED: ItemColumn<PlanRow> = { id: 'changed', header: 'Since last board', cell: (row) => <ChangeBadge list={row.list} id={row.id} />, width: 150, minWidth: 90, card: 'top' };
/** one line per action; the ref (without "Action ") first, as the plan numbers them */
const COLUMNS: readonly ItemColumn<PlanRow>[] = [
  refColumn<PlanRow>('Ref', (row) => row.label.replace(/^Action /, '')),
  titleColumn<PlanRow>('Action'),
  OBJECTIVE,
  ownerColumn<PlanRow>(),
  dueColumn<PlanRow>(),
  ragColumn<PlanRow>(),
  CHANGED,
];

/** on demand under each action: its objective in full, sources, and the characteristics and duties it addresses */
function objectiveText(row: PlanRow): ReactNode {
  const tags = [...row.action.protectedCharacteristics, ...row.action.equalityDuties];
  return (
    <>
      <span>{`${row.objective.ref ? `${row.objective.ref} — ` : ''}${row.objective.text}`}</span>
      {row.objective.sources.length > 0 ? <span>{` Sources: ${row.objective.sources.join(', ')}.`}</span> : null}
      {tags.length > 0 ? <span>{` Addresses: ${tags.join(' · ')}.`}</span> : null}
      {row.ownerText ? <span>{` Owner as written: ${row.ownerText}.`}</span> : null}
    </>
  );
}

/** A plan's strands → objectives → actions, filterable by characteristic and duty, with coverage. */
export function PlanDetailView({ state, asOf, me, selected, onOpenItem, onBack }: PlanDetailProps) {
  const styles = useScreenStyles();
  const [characteristic, setCharacteristic] = useState('');
  const [duty, setDuty] = useState('');
  const [more, setMore] = useState(false);
  const plan = state.data;
  const items = useMemo(() => (plan?.strandList ?? []).flatMap((s) => s.objectives.flatMap((o) => o.actions.map((a) => a.item))), [plan]);
  const list = useFilteredItems(items, PLAN_FILTER, { key: 'ref', descending: false }, { asOf, me });
  const matching = useMemo(() => new Set(list.results.map((i) => i.id)), [list.results]);
  if (!plan) {
    return <LoadStatus state={state} what="the plan" />;
  }
  const described = [describeFilter(list.filter, {}, PLAN_FILTER), characteristic, duty].filter(Boolean).join(', ');
  const shows = (a: PlanAction): boolean =>
    matching.has(a.item.id) &&
    (characteristic === '' || a.protectedCharacteristics.includes(characteristic)) &&
    (duty === '' || a.equalityDuties.includes(duty));
  const rank = new Map(list.results.map((i, n) => [i.id, n]));
  const order = (rows: PlanRow[]): PlanRow[] => rows.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  const shownActions = plan.strandList.flatMap((s) => s.objectives.flatMap((o) => o.actions.filter(shows)));
  const shown = shownActions.length;
  const filtered = described !== '';
  return (
    <section className={styles.root} aria-labelledby="plan-heading">
      <Button appearance="subtle" onClick={onBack} style={{ alignSelf: 'start' }}>
        All action plans
      </Button>
      <Title2 as="h1" id="plan-heading">
        {plan.title}
      </Title2>
      <Text>
        {plan.strands} strands, {plan.objectives} objectives, {plan.actions} actions
      </Text>
      <ItemFilterBar
        label={`Search and filter the actions of ${plan.title}`}
        filter={list.filter}
        onFilterChange={list.setFilter}
        sort={list.sort}
        onSortChange={list.setSort}
        controls={['owner', 'due', 'rag', 'lifecycle']}
        sortKeys={[]}
        base={PLAN_FILTER}
      />
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', minWidth: 0 }}>
        <Field label="Protected characteristic" className={styles.fit}>
          <Select className={styles.fit} value={characteristic} onChange={(_e, d) => setCharacteristic(d.value)}>
            <option value="">All</option>
            {Object.keys(plan.coverage.characteristics).map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Equality duty" className={styles.fit}>
          <Select className={styles.fit} value={duty} onChange={(_e, d) => setDuty(d.value)}>
            <option value="">All</option>
            {Object.keys(plan.coverage.duties).map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Text role="status" aria-live="polite">
        {filtered ? `${shown} of ${plan.actions} actions match — ${described}` : `${plan.actions} actions`}
      </Text>
      <DetailSwitch label="Show each action’s objective, characteristics and duties" checked={more} onChange={setMore} />
      <ExportButtons
        title={[plan.title, described].filter(Boolean).join(' — ')}
        items={shownActions.map((a) => a.item)}
        fileName={['action-plan', characteristic, duty].filter(Boolean).join('-').replace(/[^A-Za-z0-9-]+/g, '-')}
      />
      <section aria-label="Coverage" className={styles.root}>
        <Subtitle1 as="h2">Coverage</Subtitle1>
        <div className={styles.scroll} role="region" aria-label="Coverage tables" tabIndex={0}>
          <CoverageTable title="Protected characteristics" rowHeader="Protected characteristic" counts={plan.coverage.characteristics} />
          <CoverageTable title="Equality duties" rowHeader="Equality duty" counts={plan.coverage.duties} />
        </div>
      </section>
      {plan.strandList.map((s) => {
        const rows = order(s.objectives.flatMap((o) => o.actions.filter(shows).map((a): PlanRow => ({ ...a.item, action: a, objective: o }))));
        if (rows.length === 0) {
          return null;
        }
        return (
          <section key={s.id} aria-labelledby={`strand-${s.id}`} className={styles.root}>
            <Subtitle1 as="h2" id={`strand-${s.id}`}>
              {s.name}
              {s.champion ? ` — champion ${s.champion}` : ''}
            </Subtitle1>
            <ItemTable
              label={`Actions of ${s.name}`}
              items={rows}
              columns={COLUMNS}
              asOf={asOf}
              onOpen={(i) => onOpenItem({ list: 'actions', id: i.id })}
              testId={(i) => `plan-actions-${i.id}`}
              isSelected={(i) => selected?.list === 'actions' && selected.id === i.id}
              sort={list.sort}
              onSortChange={list.setSort}
              detail={objectiveText}
              showDetail={more}
            />
          </section>
        );
      })}
    </section>
  );
}
