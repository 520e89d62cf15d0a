/**
 * The item editor's closure panel (two-key closure, DESIGN §1): the owner proposes closure
 * with a note and evidence; a lead or the board's secretary accepts or returns it with a
 * reason; on inspection items they record the inspectorate's authorisation or a supersession.
 * Only the steps this person may take now are shown. Each step becomes an Update in the
 * history below; after it, focus goes to the answer (the refused field, the error or the notice).
 */
import { Button, Field, Input, Link, MessageBar, MessageBarBody, Select, Subtitle2, Text, Textarea } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { lifecycleWords } from '../../../core/closure';
import { EVIDENCE_TYPES } from '../../../core/evidence-file';
import { FACT_WORDS } from '../../../core/inspection-facts';
import type { RecommendationLink } from '../../../ports/closure-client';
import { parseRoute, routeHash } from '../../app/useRoute';
import { formatDay } from '../../shared/format';
import { UkDatePicker } from '../../shared/UkDatePicker';
import type { IsoDate } from '../../../core/dates';
import type { EditorPanelProps } from '../item-editor/editor-panels';
import { useClosureClient } from './closure-context';
import { ProposalEvidence } from './ProposalEvidence';
import { useClosureStyles } from './Closure.styles';
import { useClosurePanel, type ClosurePanelState, type ClosureStepName } from './useClosurePanel';

const ACCEPT = Object.keys(EVIDENCE_TYPES)
  .map((ext) => `.${ext}`)
  .join(',');

function StepError({ state, step }: { state: ClosurePanelState; step: ClosureStepName }) {
  const ref = useRef<HTMLDivElement>(null);
  const { outcome, error } = state;
  useEffect(() => {
    if (outcome && outcome.kind !== 'done' && error?.step === step) {
      const target = outcome.focusId ? document.getElementById(outcome.focusId) : null;
      (target ?? ref.current)?.focus();
    }
  }, [outcome, error, step]);
  if (!error || error.step !== step) {
    return null;
  }
  return (
    <MessageBar intent="error" role="alert" ref={ref} tabIndex={-1} data-testid="closure-error">
      <MessageBarBody>{error.message}</MessageBarBody>
    </MessageBar>
  );
}

/** the hint a field shows for its own refusal */
const invalid = (state: ClosurePanelState, step: ClosureStepName, fields: readonly string[]): 'error' | 'none' =>
  state.error?.step === step && state.error.field !== null && fields.includes(state.error.field) ? 'error' : 'none';

function ProposeForm({ state }: { state: ClosurePanelState }) {
  const styles = useClosureStyles();
  const { fields, set, busy } = state;
  return (
    <form noValidate className={styles.form} aria-labelledby="closure-propose-heading" onSubmit={(e) => (e.preventDefault(), void state.run('propose'))}>
      <Subtitle2 as="h4" id="closure-propose-heading">
        Propose closure
      </Subtitle2>
      <Text as="p" className={styles.hint}>
        Say what was done and give evidence: a link, a file, or both. The item keeps its RAG until a lead or the board’s secretary accepts it.
      </Text>
      <Field label={{ children: 'What was done', htmlFor: 'closure-note' }} required validationState={invalid(state, 'propose', ['note'])}>
        <Textarea id="closure-note" value={fields.note} onChange={(_e, d) => set('note', d.value)} resize="vertical" />
      </Field>
      <Field label={{ children: 'Evidence link', htmlFor: 'closure-link' }} hint="A web address people can open, e.g. the signed report on SharePoint" validationState={invalid(state, 'propose', ['evidence', 'evidenceLink'])}>
        <Input id="closure-link" type="url" value={fields.link} onChange={(_e, d) => set('link', d.value)} placeholder="https://…" />
      </Field>
      <Field
        label={{ children: 'Evidence file', htmlFor: 'closure-file' }}
        hint={`PDF, Word, Excel, PowerPoint, image, e-mail or text; at most 10 MB${fields.file ? ` — chosen: ${fields.file.name}` : ''}`}
        validationState={invalid(state, 'propose', ['evidenceFile', 'evidenceFile.name', 'evidenceFile.size'])}
      >
        {(props) => (
          <input {...props} id="closure-file" type="file" accept={ACCEPT} className={styles.file} onChange={(e) => set('file', e.currentTarget.files?.[0] ?? null)} />
        )}
      </Field>
      <StepError state={state} step="propose" />
      <div>
        <Button appearance="primary" type="submit" disabled={busy !== null}>
          {busy === 'propose' ? 'Sending…' : 'Propose closure'}
        </Button>
      </div>
    </form>
  );
}

function DecideForms({ state, recommendation }: { state: ClosurePanelState; recommendation: boolean }) {
  const styles = useClosureStyles();
  const { fields, set, busy } = state;
  return (
    <>
      <form noValidate className={styles.form} aria-labelledby="closure-accept-heading" onSubmit={(e) => (e.preventDefault(), void state.run('accept'))}>
        <Subtitle2 as="h4" id="closure-accept-heading">
          Accept the closure
        </Subtitle2>
        <Field label={{ children: 'Note with the acceptance', htmlFor: 'closure-decision-note' }} hint="Optional" validationState={invalid(state, 'accept', ['note'])}>
          <Textarea id="closure-decision-note" value={fields.decisionNote} onChange={(_e, d) => set('decisionNote', d.value)} resize="vertical" />
        </Field>
        {recommendation ? (
          <Field label={{ children: 'Board minute or reference', htmlFor: 'closure-reference' }} hint="Optional; kept with “closed by the force”" validationState={invalid(state, 'accept', ['reference'])}>
            <Input id="closure-reference" value={fields.reference} onChange={(_e, d) => set('reference', d.value)} />
          </Field>
        ) : null}
        <StepError state={state} step="accept" />
        <div>
          <Button appearance="primary" type="submit" disabled={busy !== null}>
            {busy === 'accept' ? 'Accepting…' : 'Accept closure'}
          </Button>
        </div>
      </form>
      <form noValidate className={styles.form} aria-labelledby="closure-return-heading" onSubmit={(e) => (e.preventDefault(), void state.run('return'))}>
        <Subtitle2 as="h4" id="closure-return-heading">
          Return it to the owner
        </Subtitle2>
        <Field label={{ children: 'Reason for returning it', htmlFor: 'closure-reason' }} required validationState={invalid(state, 'return', ['reason'])}>
          <Textarea id="closure-reason" value={fields.reason} onChange={(_e, d) => set('reason', d.value)} resize="vertical" />
        </Field>
        <StepError state={state} step="return" />
        <div>
          <Button type="submit" disabled={busy !== null}>
            {busy === 'return' ? 'Returning…' : 'Return with reason'}
          </Button>
        </div>
      </form>
    </>
  );
}

/** the form keeps a day as ISO text, '' when none: the picker's value */
const asDay = (text: string): IsoDate | null => (text === '' ? null : (text as IsoDate));

function FactForms({ state, closed }: { state: ClosurePanelState; closed: boolean }) {
  const styles = useClosureStyles();
  const { fields, set, busy, options } = state;
  return (
    <>
      {closed ? (
        <form noValidate className={styles.form} aria-labelledby="closure-auth-heading" onSubmit={(e) => (e.preventDefault(), void state.run('authorise'))}>
          <Subtitle2 as="h4" id="closure-auth-heading">
            Record the inspectorate’s authorisation
          </Subtitle2>
          <Field label={{ children: 'Date the inspectorate authorised closure', htmlFor: 'closure-auth-on' }} required validationState={invalid(state, 'authorise', ['on'])}>
            <UkDatePicker id="closure-auth-on" value={asDay(fields.authOn)} onChange={(d) => set('authOn', d ?? '')} calendarLabel="Choose the authorisation date from a calendar" />
          </Field>
          <Field label={{ children: 'Inspectorate’s reference', htmlFor: 'closure-auth-ref' }} required hint="Its letter or report reference" validationState={invalid(state, 'authorise', ['reference'])}>
            <Input id="closure-auth-ref" value={fields.authRef} onChange={(_e, d) => set('authRef', d.value)} />
          </Field>
          <StepError state={state} step="authorise" />
          <div>
            <Button type="submit" disabled={busy !== null}>
              {busy === 'authorise' ? 'Recording…' : 'Record authorisation'}
            </Button>
          </div>
        </form>
      ) : null}
      <form noValidate className={styles.form} aria-labelledby="closure-sup-heading" onSubmit={(e) => (e.preventDefault(), void state.run('supersede'))}>
        <Subtitle2 as="h4" id="closure-sup-heading">
          Record that a later recommendation supersedes it
        </Subtitle2>
        <Field label={{ children: 'Superseded by', htmlFor: 'closure-sup-by' }} required validationState={invalid(state, 'supersede', ['supersededBy'])}>
          <Select id="closure-sup-by" value={fields.supBy} onChange={(_e, d) => set('supBy', d.value)}>
            <option value="">Choose a recommendation</option>
            {options.map((o) => (
              <option key={o.id} value={String(o.id)}>
                {o.label}: {o.title.length > 80 ? `${o.title.slice(0, 80)}…` : o.title}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={{ children: 'Date superseded', htmlFor: 'closure-sup-on' }} required validationState={invalid(state, 'supersede', ['on'])}>
          <UkDatePicker id="closure-sup-on" value={asDay(fields.supOn)} onChange={(d) => set('supOn', d ?? '')} calendarLabel="Choose the date superseded from a calendar" />
        </Field>
        <Field label={{ children: 'Reference for the supersession', htmlFor: 'closure-sup-ref' }} hint="Optional" validationState={invalid(state, 'supersede', ['reference'])}>
          <Input id="closure-sup-ref" value={fields.supRef} onChange={(_e, d) => set('supRef', d.value)} />
        </Field>
        <StepError state={state} step="supersede" />
        <div>
          <Button type="submit" disabled={busy !== null}>
            {busy === 'supersede' ? 'Recording…' : 'Record superseded'}
          </Button>
        </div>
      </form>
    </>
  );
}

function Notice({ state }: { state: ClosurePanelState }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.outcome?.kind === 'done') {
      ref.current?.focus();
    }
  }, [state.outcome]);
  return state.notice ? (
    <MessageBar intent="success" ref={ref} tabIndex={-1} data-testid="closure-notice">
      <MessageBarBody>{state.notice}</MessageBarBody>
    </MessageBar>
  ) : null;
}

/** A link to another recommendation, opened on the screen this one was opened from. */
function RecommendationHref({ to }: { to: RecommendationLink }) {
  const href = routeHash({ ...parseRoute(window.location.hash), item: { list: 'recommendations', id: to.id } });
  const title = to.title.length > 80 ? `${to.title.slice(0, 80)}…` : to.title;
  return (
    <Link href={href}>
      {to.label} of {to.inspection}: {title}
    </Link>
  );
}

function Panel({ item, onSaved }: EditorPanelProps) {
  const client = useClosureClient();
  // workstreams have no lifecycle: nothing to close
  return client && item.list !== 'workstreams' ? <ClosureSection client={client} item={item} onSaved={onSaved} /> : null;
}

function ClosureSection({ client, item, onSaved }: Pick<EditorPanelProps, 'item' | 'onSaved'> & { client: NonNullable<ReturnType<typeof useClosureClient>> }) {
  const styles = useClosureStyles();
  const state = useClosurePanel(client, item, onSaved);
  const { view } = state;
  const recommendation = item.list === 'recommendations';
  return (
    <section aria-labelledby="closure-heading" className={styles.root} data-testid="closure-panel">
      <Subtitle2 as="h3" id="closure-heading">
        Closure
      </Subtitle2>
      <Text as="p">
        Status: <strong>{lifecycleWords(item.lifecycle)}</strong>
      </Text>
      {state.loadError ? (
        <MessageBar intent="error">
          <MessageBarBody>What you may do about its closure could not be read: {state.loadError}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Notice state={state} />
      {view?.proposal ? <ProposalEvidence proposal={view.proposal} headingLevel="h4" /> : null}
      {view && view.facts.length > 0 ? (
        <ul className={styles.facts} aria-label="Closure facts">
          {view.facts.map((f) => (
            <li key={`${f.fact}-${f.recordedAt}`}>
              {FACT_WORDS[f.fact]} on {formatDay(f.on)}
              {f.supersededBy ? (
                <>
                  {' '}
                  by {view.supersededBy?.id === f.supersededBy.id ? <RecommendationHref to={view.supersededBy} /> : f.supersededBy.label}
                </>
              ) : null}
              {f.ref ? <> (ref {f.ref})</> : null} — recorded by {f.byName}
            </li>
          ))}
        </ul>
      ) : null}
      {view && view.supersedes.length > 0 ? (
        <>
          <Text as="p" id="closure-supersedes">
            It supersedes:
          </Text>
          <ul className={styles.facts} aria-labelledby="closure-supersedes">
            {view.supersedes.map((r) => (
              <li key={r.id}>
                <RecommendationHref to={r} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {view?.canPropose ? <ProposeForm state={state} /> : null}
      {view?.canDecide ? <DecideForms state={state} recommendation={recommendation} /> : null}
      {view && !view.canDecide && view.proposal && item.lifecycle === 'closure-proposed' ? (
        <Text as="p">A lead or the board’s secretary (not whoever proposed it) accepts or returns it.</Text>
      ) : null}
      {view?.canRecordFacts && recommendation && item.lifecycle !== 'superseded' ? <FactForms state={state} closed={item.lifecycle === 'closed'} /> : null}
    </section>
  );
}

export const ClosurePanel = Panel;
