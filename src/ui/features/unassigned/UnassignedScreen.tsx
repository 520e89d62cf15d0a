import { Button, Checkbox, Field, MessageBar, MessageBarBody, Spinner, Text, Title2 } from '@fluentui/react-components';
import type { IsoDate } from '../../../core/dates';
import type { Person } from '../../../ports/directory';
import { formatDue } from '../../shared/format';
import { PersonPicker } from '../../shared/PersonPicker';
import { ExportButtons } from '../../shared/ExportButtons';
import { RagBadge } from '../../shared/RagBadge';
import { useScreenStyles } from '../../shared/screen.styles';
import { ScrollTable } from '../../shared/ScrollTable';
import { keyOf, type UnassignedState } from './useUnassigned';

export type UnassignedScreenProps = Readonly<{ state: UnassignedState; asOf: IsoDate; searchPeople: (text: string) => Promise<readonly Person[]> }>;

/** Open items with no person as owner: select some, choose a person, assign. */
export function UnassignedScreen({ state, asOf, searchPeople }: UnassignedScreenProps) {
  const styles = useScreenStyles();
  const items = state.items.data ?? [];
  const summary = state.results
    ? (['assigned', 'changed', 'forbidden', 'failed'] as const)
        .map((o) => [o, state.results?.filter((r) => r.outcome === o).length ?? 0] as const)
        .filter(([, n]) => n > 0)
        .map(([o, n]) => `${n} ${o === 'assigned' ? 'assigned' : o === 'changed' ? 'changed by someone else meanwhile (reload and try again)' : o === 'forbidden' ? 'not yours to assign' : 'failed'}`)
        .join('; ')
    : null;
  const selectAll = (
    <Checkbox
      aria-label="Select all"
      checked={state.selected.size === 0 ? false : state.selected.size === items.length ? true : 'mixed'}
      onChange={state.toggleAll}
    />
  );
  return (
    <section className={styles.root} aria-labelledby="unassigned-heading">
      <Title2 as="h1" id="unassigned-heading">
        Unassigned
      </Title2>
      <Text role="status" aria-live="polite">
        {state.items.status === 'ready' ? `${items.length} open item${items.length === 1 ? '' : 's'} with no person as owner; ${state.selected.size} selected` : ''}
      </Text>
      {state.items.status === 'loading' ? <Spinner label="Loading unassigned items" /> : null}
      {state.items.status === 'ready' ? <ExportButtons title="Unassigned" items={items} fileName={`unassigned-${asOf}`} /> : null}
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', alignItems: 'end' }}>
        <Field label="Assign to" style={{ minWidth: '16rem' }}>
          <PersonPicker value={state.owner} onChange={state.setOwner} search={searchPeople} />
        </Field>
        <Button appearance="primary" disabled={state.busy} onClick={() => void state.assign()}>
          {state.busy ? 'Assigning…' : `Assign ${state.selected.size} item${state.selected.size === 1 ? '' : 's'}`}
        </Button>
      </div>
      {state.error ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{state.error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {summary ? (
        <MessageBar intent={state.results?.every((r) => r.outcome === 'assigned') ? 'success' : 'warning'}>
          <MessageBarBody>{summary}.</MessageBarBody>
        </MessageBar>
      ) : null}
      {items.length > 0 ? (
        <ScrollTable label="Unassigned items" columns={[selectAll, 'Item', 'Owner as written', 'Due', 'RAG']}>
              {items.map((i) => (
                <tr key={keyOf(i)}>
                  <td className={styles.td}>
                    <Checkbox aria-label={`Select ${i.label}`} checked={state.selected.has(keyOf(i))} onChange={() => state.toggle(keyOf(i))} />
                  </td>
                  <td className={styles.td}>
                    <Text block className={styles.muted}>{i.label}</Text>
                    <Text block>{i.title}</Text>
                  </td>
                  <td className={styles.td}>{i.ownerText ?? '—'}</td>
                  <td className={styles.td}>{formatDue(i.due)}</td>
                  <td className={styles.td}>
                    <RagBadge rag={i.rag} />
                  </td>
                </tr>
              ))}
        </ScrollTable>
      ) : null}
    </section>
  );
}
