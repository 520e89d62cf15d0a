import { Button } from '@fluentui/react-components';
import { useContext, useState } from 'react';
import type { TrackedItem } from '../../core/tracked-item';
import type { WorkstreamSummary } from '../../core/workstream-view';
import type { ExportTable } from '../../export/export-rows';
import { SaveFileContext } from './save-file';

/** What a view exports: its items (the common columns), or its workstreams. */
export type ExportSource = Readonly<{ items: readonly TrackedItem[] }> | Readonly<{ workstreams: readonly WorkstreamSummary[] }>;

async function tableOf(title: string, source: ExportSource): Promise<ExportTable> {
  const { viewTable, workstreamTable } = await import('../../export/view-export');
  return 'items' in source ? viewTable(title, source.items) : workstreamTable(title, source.workstreams);
}

/**
 * Exports the items a view shows, with its filters applied, to CSV or XLSX. The writers (and
 * exceljs) load only when someone exports, so they never weigh on the first screen.
 */
export function ExportButtons(
  props: { title: string; fileName: string; /** the list is reloading: stay focusable, refuse for a moment */ waiting?: boolean } & ExportSource
) {
  const { title, fileName, waiting = false } = props;
  const [count, noun] = 'items' in props ? [props.items.length, 'items'] : [props.workstreams.length, 'workstreams'];
  // While it works the button stays focusable (not disabled): focus stays on it, where the person
  // pressed, and the outcome is announced beside it (WAI-ARIA: a button that acts in place keeps focus).
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');
  const saveFile = useContext(SaveFileContext);
  const download = async (format: 'csv' | 'xlsx'): Promise<void> => {
    setBusy(true);
    try {
      const [table, { writeTable }] = await Promise.all([tableOf(title, props), import('../../export/write-table')]);
      const bytes = await writeTable(table, format);
      const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      const saved = await saveFile({ name: `${fileName}.${format}`, bytes, type });
      setNote(saved.kind === 'opened' ? 'Saved to the tracker’s SharePoint site and opened.' : '');
    } catch (error) {
      setNote(`Not exported: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <span style={{ display: 'inline-flex', gap: 8 }}>
      <Button size="small" disabled={count === 0} disabledFocusable={waiting || busy} onClick={() => void download('csv')} aria-label={`Export CSV (${count} ${noun})`}>
        Export CSV
      </Button>
      <Button size="small" disabled={count === 0} disabledFocusable={waiting || busy} onClick={() => void download('xlsx')} aria-label={`Export Excel (${count} ${noun})`}>
        Export Excel
      </Button>
      <span role="status" aria-live="polite">
        {note}
      </span>
    </span>
  );
}
