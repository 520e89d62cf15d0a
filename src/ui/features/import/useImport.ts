/** State for importing a file in the tab: choose, check (preview), then import. */
import { useCallback, useState } from 'react';
import type { ImportProgress, ImportReport } from '../../../core/import-report';
import type { TrackerClient } from '../../../ports/tracker-client';

export type ImportState = Readonly<{
  file: Readonly<{ name: string; bytes: Uint8Array }> | null;
  strict: boolean;
  phase: 'idle' | 'checking' | 'checked' | 'importing' | 'done';
  report: ImportReport | null;
  error: string | null;
  /** how far a long check or import has got, where the client can tell; null otherwise */
  progress: ImportProgress | null;
  choose: (file: File | null) => Promise<void>;
  setStrict: (strict: boolean) => void;
  confirm: () => Promise<void>;
}>;

export function useImport(client: TrackerClient, onImported: () => void): ImportState {
  const [file, setFile] = useState<ImportState['file']>(null);
  const [strict, setStrictState] = useState(false);
  const [phase, setPhase] = useState<ImportState['phase']>('idle');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);

  const check = useCallback(
    async (f: NonNullable<ImportState['file']>, strictMode: boolean) => {
      setPhase('checking');
      setError(null);
      try {
        setReport(await client.importFile(f.name, f.bytes, { preview: true, strict: strictMode, onProgress: setProgress }));
        setPhase('checked');
      } catch (e) {
        setReport(null);
        setError((e as Error).message);
        setPhase('idle');
      } finally {
        setProgress(null);
      }
    },
    [client]
  );

  const choose = useCallback(
    async (chosen: File | null) => {
      if (!chosen) {
        return;
      }
      const f = { name: chosen.name, bytes: new Uint8Array(await chosen.arrayBuffer()) };
      setFile(f);
      await check(f, strict);
    },
    [check, strict]
  );

  const confirm = useCallback(async () => {
    if (!file) {
      return;
    }
    setPhase('importing');
    setError(null);
    try {
      setReport(await client.importFile(file.name, file.bytes, { preview: false, strict, onProgress: setProgress }));
      setPhase('done');
      onImported();
    } catch (e) {
      setError(`Nothing was imported: ${(e as Error).message}`);
      setPhase('checked');
    } finally {
      setProgress(null);
    }
  }, [client, file, strict, onImported]);

  return { file, strict, phase, report, error, progress, choose, setStrict: setStrictState, confirm };
}
