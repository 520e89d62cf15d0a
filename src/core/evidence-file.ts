/**
 * What a closure's evidence file may be: a document, spreadsheet, slide deck, image, e-mail or
 * text, at most 10 MB, with a name SharePoint accepts as an attachment (no path, none of
 * " * : < > ? / \ | #  %, not starting or ending with a dot or space). Checked before any
 * byte is stored, in both modes, so the two refuse the same files.
 */
import { InvalidValueError } from './errors';
import type { EvidenceFile } from './closure';

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/** extension → the content type it is stored and served with */
export const EVIDENCE_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  csv: 'text/csv',
  txt: 'text/plain',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  msg: 'application/vnd.ms-outlook',
  eml: 'message/rfc822',
};

// control characters are refused on purpose: they cannot be in a SharePoint file name
// eslint-disable-next-line no-control-regex
const BAD_CHARS = /["*:<>?/\\|#%\u0000-\u001f]/;

/** Checks a file before it is stored; returns its stored name, size and content type. */
export function checkEvidenceFile(name: unknown, size: number): EvidenceFile {
  if (typeof name !== 'string' || name.trim() === '') {
    throw new InvalidValueError('evidenceFile.name', name ?? null, 'is required');
  }
  const trimmed = name.trim();
  if (BAD_CHARS.test(trimmed) || trimmed.startsWith('.') || trimmed.endsWith('.') || trimmed.length > 128) {
    throw new InvalidValueError('evidenceFile.name', trimmed, 'must be a plain file name of at most 128 characters without " * : < > ? / \\ | # % or a leading or trailing dot');
  }
  const ext = /\.([A-Za-z0-9]+)$/.exec(trimmed)?.[1]?.toLowerCase() ?? '';
  const type = EVIDENCE_TYPES[ext];
  if (!type) {
    throw new InvalidValueError('evidenceFile.name', trimmed, `must be one of: ${Object.keys(EVIDENCE_TYPES).join(', ')}`);
  }
  if (size <= 0) {
    throw new InvalidValueError('evidenceFile.size', size, 'the file is empty');
  }
  if (size > MAX_EVIDENCE_BYTES) {
    throw new InvalidValueError('evidenceFile.size', `${(size / 1024 / 1024).toFixed(1)} MB`, 'at most 10 MB');
  }
  return { name: trimmed, size, type };
}
