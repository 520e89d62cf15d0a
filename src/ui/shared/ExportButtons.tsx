import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import type { TrackedItem } from '../../core/tracked-item';

/**
 * Exports the items a view shows, with its filters applied, to CSV or XLSX. The writers (and
 * exceljs) load only when someone exports, so they never weigh on the first screen.
 */
export function ExportButtons({ title, items, fileName, waiting = false }: { title: string; items: readonly TrackedItem[]; fileName: string; /** the list is reloading: stay focusable, refuse for a moment */ waiting?: boolean }) {
  const [busy, setBusy] = useState(false);
  const download = async (format: 'csv' | 'xlsx'): Promise<void> => {
    setBusy(true);
    try {
      const [{ viewTable }, { writeTable }] = await Promise.all([import('../../export/view-export'), import('../../export/write-table')]);
      const bytes = await writeTable(viewTable(title, items), format);
      const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `${fileName}.${format}`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } finally {
      setBusy(false);
    }
  };
  return (
    <span style={{ display: 'inline-flex', gap: 8 }}>
      <Button size="small" disabled={busy || items.length === 0} disabledFocusable={waiting} onClick={() => void download('csv')} aria-label={`Export CSV (${items.length} items)`}>
        Export CSV
      </Button>
      <Button size="small" disabled={busy || items.length === 0} disabledFocusable={waiting} onClick={() => void download('xlsx')} aria-label={`Export Excel (${items.length} items)`}>
        Export Excel
      </Button>
    </span>
  );
}
