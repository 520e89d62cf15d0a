import { Button, Checkbox, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, Title2 } from '@fluentui/react-components';
import { FileChooserButton } from '../../shared/FileChooserButton';
import { ImportProgressBar } from './ImportProgressBar';
import { useScreenStyles } from '../../shared/screen.styles';
import { ScrollTable } from '../../shared/ScrollTable';
import type { ImportState } from './useImport';
import { useEffect, useRef } from 'react';

/** Import a spreadsheet: the same engine as `tracker import`, with a check before anything is written. */
export function ImportScreen({ state }: { state: ImportState }) {
  const styles = useScreenStyles();
  const r = state.report;
  const toWrite = r ? r.create + r.update : 0;
  const blocked = r !== null && state.strict && r.rejected.length > 0;
  const resultRef = useRef<HTMLDivElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  // The Import button goes once it is pressed: focus moves to what happened (the result, or why
  // not), so the next Tab continues from there, not from the top of the page.
  const confirmed = useRef(false);
  useEffect(() => {
    if (!confirmed.current) {
      return;
    }
    if (state.phase === 'done') {
      confirmed.current = false;
      resultRef.current?.focus();
    } else if (state.error) {
      confirmed.current = false;
      errorRef.current?.focus();
    }
  }, [state.phase, state.error]);
  return (
    <section className={styles.root} aria-labelledby="import-heading">
      <Title2 as="h1" id="import-heading">
        Import
      </Title2>
      <Text block>
        Recommendations (an Inspection column), plan actions (Objective, Strand or Ref) or workstream deliverables (Workstream), from CSV or Excel with a header row. Rows already here are matched and only
        changes are written; importing the same file again changes nothing.
      </Text>
      <FileChooserButton
        label="Choose a CSV or Excel file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        chosen={state.file?.name ?? null}
        onChoose={(file) => void state.choose(file)}
      />
      <Checkbox label="Import nothing if any row is rejected" checked={state.strict} onChange={(_e, d) => state.setStrict(d.checked === true)} />
      {(state.phase === 'checking' || state.phase === 'importing') && state.file ? (
        <ImportProgressBar fileName={state.file.name} bytes={state.file.bytes.length} progress={state.progress} writing={state.phase === 'importing'} />
      ) : null}
      <div role="status" aria-live="polite">
        {state.phase === 'checking' ? <Spinner size="small" label={`Checking ${state.file?.name ?? 'the file'}…`} /> : null}
        {state.phase === 'importing' ? <Spinner size="small" label="Importing…" /> : null}
        {r && state.phase === 'checked' ? (
          <Text block>
            {r.fileName}: {r.kind}. Would create {r.create}, update {r.update}, leave {r.unchanged} unchanged; {r.rejected.length} row{r.rejected.length === 1 ? '' : 's'} rejected.
          </Text>
        ) : null}
        {r?.applied && state.phase === 'done' ? (
          <div ref={resultRef} tabIndex={-1} data-testid="import-result">
            <Text block>
              Imported {r.applied.created + r.applied.updated}, rejected {r.rejected.length}: {r.applied.created} created, {r.applied.updated} updated, {r.applied.unchanged} unchanged.
            </Text>
          </div>
        ) : null}
      </div>
      {state.error ? (
        <MessageBar intent="error" role="alert" ref={errorRef} tabIndex={-1}>
          <MessageBarBody>{state.error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {r && r.ignoredColumns.length > 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>Columns not recognised and left out: {r.ignoredColumns.join(', ')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {r?.warnings && r.warnings.length > 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>Read, with a note</MessageBarTitle>
            <ul>
              {r.warnings.slice(0, 20).map((w) => (
                <li key={w}>{w}</li>
              ))}
              {r.warnings.length > 20 ? <li>and {r.warnings.length - 20} more like these</li> : null}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {r && r.rejected.length > 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Rows that {state.phase === 'done' ? 'were not' : 'will not be'} imported</MessageBarTitle>
            Fix them in the file and import it again: the rows already imported will not be duplicated.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {r && r.rejected.length > 0 ? (
        <ScrollTable label="Rejected rows" columns={['Row', 'Column', 'Problem', 'Value']}>
              {r.rejected.map((x) => (
                <tr key={`${x.row}-${x.field}`}>
                  <td className={styles.td}>{x.row}</td>
                  <td className={styles.td}>{x.field}</td>
                  <td className={styles.td}>{x.problem}</td>
                  <td className={styles.td}>{x.value}</td>
                </tr>
              ))}
        </ScrollTable>
      ) : null}
      {state.phase === 'checked' ? (
        <Button appearance="primary" disabled={toWrite === 0 || blocked} onClick={() => {
            confirmed.current = true;
            void state.confirm();
          }} style={{ alignSelf: 'start' }}>
          {blocked ? 'Fix the rejected rows first' : toWrite === 0 ? 'Nothing to import' : `Import ${toWrite} row${toWrite === 1 ? '' : 's'}`}
        </Button>
      ) : null}
    </section>
  );
}
