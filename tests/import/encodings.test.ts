import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/import/decode-text';
import { recogniseHeaders } from '../../src/import/headers';
import { importInto, SqliteStore } from './helpers';

const CSV = 'Inspection,No,Recommendation,Owner\nCustody 2024,1,Café’s “fair” review – £5,DS\n';

/** Windows-1252 bytes, as Excel's "CSV (Comma delimited)" writes them on Windows. */
function cp1252(text: string): Uint8Array {
  const table: Record<string, number> = { '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '€': 0x80 };
  return Uint8Array.from(text, (c) => table[c] ?? c.charCodeAt(0));
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i += 1) {
    view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  }
  return out;
}

describe('encodings', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(CSV);
    expect(decodeText(bytes, 'a.csv')).toEqual({ text: CSV, encoding: 'utf-8' });
    expect(decodeText(Uint8Array.of(0xef, 0xbb, 0xbf, ...bytes), 'a.csv')).toEqual({ text: CSV, encoding: 'utf-8' });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8, so curly quotes and £ survive', async () => {
    expect(decodeText(cp1252(CSV), 'win.csv')).toEqual({ text: CSV, encoding: 'windows-1252' });
    const store = new SqliteStore();
    const { result } = await importInto(store, 'win.csv', cp1252(CSV));
    expect(result?.created).toBe(1);
    const [rec] = (await store.query('recommendations', { where: [{ field: 'lifecycle', op: 'eq', value: 'open' }] })).items;
    expect(rec?.title).toBe('Café’s “fair” review – £5');
    store.close();
  });

  it('honours UTF-16 byte-order marks, both ways round', async () => {
    expect(decodeText(utf16(CSV, true), 'le.csv')).toEqual({ text: CSV, encoding: 'utf-16le' });
    expect(decodeText(utf16(CSV, false), 'be.csv')).toEqual({ text: CSV, encoding: 'utf-16be' });
    const store = new SqliteStore();
    const { result } = await importInto(store, 'le.csv', utf16(CSV, true));
    expect(result?.created).toBe(1);
    store.close();
  });

  it('refuses bytes that are neither, saying how to save the file', () => {
    // 0x81 is undefined in Windows-1252 and not UTF-8 on its own
    expect(() => decodeText(Uint8Array.of(0x41, 0x81, 0x42), 'odd.csv')).toThrow(
      'odd.csv: the file is neither UTF-8 nor Windows-1252 text; in Excel use Save As › "CSV UTF-8 (Comma delimited)" and import that file'
    );
  });

  it('names duplicate headers instead of dropping a column', () => {
    expect(() => recogniseHeaders(['Inspection', 'No', 'Recommendation', 'Owner', 'Owner'])).toThrow(
      'row 1: duplicate columns: "Owner" appears twice (columns D and E); keep one of each and import again'
    );
    expect(() => recogniseHeaders(['Inspection', 'No', 'Recommendation', 'RAG', 'Status'])).toThrow(
      'row 1: duplicate columns: "RAG" (column D) and "Status" (column E) both mean status; keep one of each and import again'
    );
  });
});
