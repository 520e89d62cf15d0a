import { Button, Field, Select, Subtitle1, Subtitle2, Text, Title2, mergeClasses } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { IsoDate } from '../../../core/dates';
import { describeFilter, NO_FILTER, type ItemFilter } from '../../../core/item-filter';
import { ItemFilterBar } from '../../shared/ItemFilterBar';
import { useFilteredItems } from '../../shared/useFilteredItems';

/** A plan shows all its actions, done or not, until asked otherwise. */
const PLAN_FILTER: ItemFilter = { ...NO_FILTER, lifecycle: 'any' };
import type { PlanAction, PlanDetail } from '../../../core/plan-view';
import type { ItemRoute } from '../../app/useRoute';
import { formatDue } from '../../shared/format';
import { ExportButtons } from '../../shared/ExportButtons';
import { LoadStatus } from '../../shared/LoadStatus';
import { RagBadge } from '../../shared/RagBadge';
import { ChangeBadge } from '../../shared/ChangeBadge';
import type { Loadable } from '../../shared/useLoad';
import { useScreenStyles } from '../../shared/screen.styles';
import { ScrollTable } from '../../shared/ScrollTable';

export type PlanDetailProps = Readonly<{ state: Loadable<PlanDetail>; asOf: IsoDate; me: string; selected: ItemRoute | null; onOpenItem: (item: ItemRoute) => void; onBack: () => void }>;

function CoverageTable({ title, counts }: { title: string; counts: Readonly<Record<string, number>> }) {
  const styles = useScreenStyles();
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{title}</caption>
      <thead>
        <tr>
          <th className={styles.th} scope="col">{title.replace(/s$/, '')}</th>
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

/** A plan's strands → objectives → actions, filterable by characteristic and duty, with coverage. */
export function PlanDetailView({ state, asOf, me, selected, onOpenItem, onBack }: PlanDetailProps) {
  const styles = useScreenStyles();
  const [characteristic, setCharacteristic] = useState('');
  const [duty, setDuty] = useState('');
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
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
        <Field label="Protected characteristic">
          <Select value={characteristic} onChange={(_e, d) => setCharacteristic(d.value)}>
            <option value="">All</option>
            {Object.keys(plan.coverage.characteristics).map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Equality duty">
          <Select value={duty} onChange={(_e, d) => setDuty(d.value)}>
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
      <ExportButtons
        title={[plan.title, described].filter(Boolean).join(' — ')}
        items={shownActions.map((a) => a.item)}
        fileName={['action-plan', characteristic, duty].filter(Boolean).join('-').replace(/[^A-Za-z0-9-]+/g, '-')}
      />
      <section aria-label="Coverage" className={styles.root}>
        <Subtitle1 as="h2">Coverage</Subtitle1>
        <div className={styles.scroll} role="region" aria-label="Coverage tables" tabIndex={0}>
          <CoverageTable title="Protected characteristics" counts={plan.coverage.characteristics} />
          <CoverageTable title="Equality duties" counts={plan.coverage.duties} />
        </div>
      </section>
      {plan.strandList.map((s) => {
        const objectives = s.objectives.filter((o) => !filtered || o.actions.some(shows));
        if (objectives.length === 0) {
          return null;
        }
        return (
          <section key={s.id} aria-labelledby={`strand-${s.id}`} className={styles.root}>
            <Subtitle1 as="h2" id={`strand-${s.id}`}>
              {s.name}
              {s.champion ? ` — champion ${s.champion}` : ''}
            </Subtitle1>
            {objectives.map((o) => (
              <div key={o.id}>
                <Subtitle2 as="h3">
                  {o.ref ? `${o.ref} — ` : ''}
                  {o.text}
                </Subtitle2>
                {o.sources.length > 0 ? <Text block className={styles.muted}>Sources: {o.sources.join(', ')}</Text> : null}
                <ScrollTable label={`Actions of ${o.ref ?? o.text}`} columns={['Ref', 'Action', 'Owner', 'Due', 'RAG']}>
                      {o.actions.filter(shows).map((a) => (
                        <tr key={a.item.id} aria-current={selected?.list === 'actions' && selected.id === a.item.id ? 'true' : undefined}>
                          <td className={styles.td}>{a.item.label.replace(/^Action /, '')}</td>
                          <td className={styles.td}>
                            <Text block>{a.item.title}</Text>
                            {a.protectedCharacteristics.length + a.equalityDuties.length > 0 ? (
                              <Text block className={styles.muted}>
                                {[...a.protectedCharacteristics, ...a.equalityDuties].join(' · ')}
                              </Text>
                            ) : null}
                            <Button size="small" onClick={() => onOpenItem({ list: 'actions', id: a.item.id })} aria-label={`Update ${a.item.label}`}>
                              Update
                            </Button>
                          </td>
                          <td className={styles.td}>
                            {a.item.owner?.displayName ?? '—'}
                            {a.item.ownerText ? <div className={styles.muted}>as written: {a.item.ownerText}</div> : null}
                          </td>
                          <td className={mergeClasses(styles.td, styles.due)}>{formatDue(a.item.due)}</td>
                          <td className={styles.td}>
                            <RagBadge rag={a.item.rag} /> <ChangeBadge list={a.item.list} id={a.item.id} />
                            {a.item.lifecycle !== 'open' ? <div>{a.item.lifecycle}</div> : null}
                          </td>
                        </tr>
                      ))}
                </ScrollTable>
              </div>
            ))}
          </section>
        );
      })}
    </section>
  );
}
