import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Select, Spinner, Subtitle1, Subtitle2, Text, Title2 } from '@fluentui/react-components';
import { asItemId } from '../../../core/model';
import type { Person } from '../../../ports/directory';
import { PersonPicker } from '../../shared/PersonPicker';
import { useScreenStyles } from '../../shared/screen.styles';
import type { TemplatesState } from './useTemplates';

/** The NPCC toolkit: choose lines and adopt them into the force's plan with an owner and a date. */
export function TemplatesScreen({ state, searchPeople }: { state: TemplatesState; searchPeople: (text: string) => Promise<readonly Person[]> }) {
  const styles = useScreenStyles();
  const themes = state.themes.data ?? [];
  const objectives = (state.plan.data?.strandList ?? []).flatMap((s) => s.objectives);
  return (
    <section className={styles.root} aria-labelledby="templates-heading">
      <Title2 as="h1" id="templates-heading">
        Templates: NPCC toolkit
      </Title2>
      <Text block>Choose toolkit actions and adopt them into your plan; each keeps a link to the toolkit line it came from.</Text>
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', alignItems: 'end' }}>
        <Field label="Plan objective" className={styles.fit}>
          <Select className={styles.fit} value={state.objectiveId === null ? '' : String(state.objectiveId)} onChange={(_e, d) => state.setObjective(d.value === '' ? null : asItemId(Number(d.value)))}>
            <option value="">Choose…</option>
            {objectives.map((o) => (
              <option key={o.id} value={o.id}>
                {o.ref ? `${o.ref} — ` : ''}
                {o.text.slice(0, 80)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Owner" style={{ minWidth: 'min(14rem, 100%)' }}>
          <PersonPicker value={state.owner} onChange={state.setOwner} search={searchPeople} />
        </Field>
        <Field label="Due (as you would write it)" validationMessage={state.dueError ?? undefined}>
          <Input value={state.dueText} onChange={(_e, d) => state.setDueText(d.value)} placeholder="e.g. Q4 25/26" />
        </Field>
        <Button appearance="primary" disabled={state.busy || state.dueError !== null} onClick={() => void state.adopt()}>
          {`Adopt ${state.selected.size} action${state.selected.size === 1 ? '' : 's'}`}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {state.result ? <Text block>{`Adopted ${state.result.created}; ${state.result.existing} were already in that objective.`}</Text> : null}
      </div>
      {state.error ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{state.error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.themes.status === 'loading' ? <Spinner label="Loading the toolkit" /> : null}
      {themes.map((t) => (
        <section key={t.id} aria-labelledby={`theme-${t.id}`}>
          <Subtitle1 as="h2" id={`theme-${t.id}`}>
            {t.name}
          </Subtitle1>
          {t.streams.map((s) => (
            <div key={s.id}>
              <Subtitle2 as="h3">
                {s.level ? `${s.level.charAt(0).toUpperCase()}${s.level.slice(1)}: ` : ''}
                {s.title}
              </Subtitle2>
              <ul style={{ listStyle: 'none', paddingInlineStart: 0, margin: 0 }}>
                {s.lines.map((l) => (
                  <li key={l.id}>
                    <Checkbox
                      checked={state.selected.has(l.id)}
                      onChange={() => state.toggle(l.id)}
                      label={`${l.text}${l.adopted > 0 ? ` (adopted ${l.adopted}×)` : ''}`}
                    />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </section>
  );
}
