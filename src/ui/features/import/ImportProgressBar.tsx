import { Field, ProgressBar } from '@fluentui/react-components';
import type { ImportProgress } from '../../../core/import-report';

/** Below this size a check is over before a bar would be read. */
const LARGE_FILE_BYTES = 256 * 1024;

const n = (v: number): string => v.toLocaleString('en-GB');

/**
 * Progress of a long check or import. Where the client is told how far it has got (Microsoft 365
 * mode runs the import in the tab) the bar fills by rows; otherwise (the local server does the
 * work) it moves without a figure. The spinner's status text is what screen readers announce;
 * this bar is for the eye, so it does not announce every step.
 */
export function ImportProgressBar({ fileName, bytes, progress, writing }: { fileName: string; bytes: number; progress: ImportProgress | null; writing: boolean }) {
  if (bytes < LARGE_FILE_BYTES && progress === null) {
    return null;
  }
  const size = `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  let label: string;
  if (progress?.stage === 'checking') {
    label = `Checking ${fileName}: ${n(progress.done)} of ${n(progress.total)} rows`;
  } else if (progress?.stage === 'writing' || writing) {
    label = `Writing the rows of ${fileName}`;
  } else {
    label = `Checking ${fileName} (${size})`;
  }
  const value = progress?.stage === 'checking' && progress.total > 0 ? progress.done / progress.total : undefined;
  return (
    <Field validationMessage={label} validationState="none">
      <ProgressBar value={value} thickness="large" aria-label={label} />
    </Field>
  );
}
