/**
 * The first rows of a workbook's first sheet, read from its XML while the zip preflight inflates
 * it, so the header can be recognised before exceljs loads the workbook. Only the head is kept:
 * HEAD_ROWS rows of the sheet and HEAD_STRINGS shared strings, never more than HEAD_CHARS of XML
 * each. When the head cannot be read for certain (a header cell names a shared string past those
 * kept, or a row runs past HEAD_CHARS) the answer is null and the check waits for exceljs.
 */

/** rows kept: headerRowIndex looks at the first ten */
const HEAD_ROWS = 10;
/** shared strings kept: a header's strings are written first, so the first few hundred hold them */
const HEAD_STRINGS = 500;
/** characters of XML kept for either, whatever they hold */
const HEAD_CHARS = 256 * 1024;

export type XmlHead = Readonly<{ sink: (piece: Uint8Array) => void; text: () => string; complete: () => boolean }>;

/** Keeps the start of a streamed XML entry until `enough` of it has come, or HEAD_CHARS. */
function xmlHead(enough: (text: string) => boolean): XmlHead {
  const decoder = new TextDecoder();
  let text = '';
  let full = false;
  return {
    sink(piece) {
      if (full) {
        return;
      }
      text += decoder.decode(piece, { stream: true });
      full = enough(text);
      if (text.length >= HEAD_CHARS) {
        text = text.slice(0, HEAD_CHARS);
        full = true;
      }
    },
    text: () => text,
    // true when what was kept holds everything the check needs (not cut by HEAD_CHARS first)
    complete: () => enough(text),
  };
}

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

export function sheetHead(): XmlHead {
  return xmlHead((t) => /<\/(?:\w+:)?sheetData>/.test(t) || count(t, /<\/(?:\w+:)?row>|<(?:\w+:)?row\b[^>]*\/>/g) >= HEAD_ROWS);
}

export function sharedStringsHead(): XmlHead {
  return xmlHead((t) => /<\/(?:\w+:)?sst>/.test(t) || count(t, /<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g) >= HEAD_STRINGS);
}

function unescapeXml(s: string): string {
  return s.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (_, hex?: string, dec?: string, name?: string) => {
    if (hex || dec) {
      return String.fromCodePoint(hex ? parseInt(hex, 16) : Number(dec));
    }
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name ?? 'amp'] ?? '';
  });
}

/** The text of a string item (<si> or <is>): its <t> runs joined, phonetic guides left out. */
function runsText(xml: string): string {
  const body = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  return [...body.matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g)].map((m) => unescapeXml(m[1] ?? '')).join('');
}

function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)].map((m) => runsText(m[1] ?? ''));
}

/** "AB12" → 27 (0-based column 27); null without a reference. */
function columnOf(ref: string | undefined): number | null {
  const letters = ref ? /^[A-Z]+/i.exec(ref)?.[0] : undefined;
  if (!letters) {
    return null;
  }
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

const attr = (attrs: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

/**
 * The head rows as text, indexed as exceljs indexes them (row r at r - 1), or null when they
 * cannot be read for certain. `strings` is the shared-strings head, null when the zip has none.
 */
export function headRows(sheet: XmlHead, strings: XmlHead | null): string[][] | null {
  if (!sheet.complete() || (strings && !strings.complete())) {
    return null;
  }
  const shared = strings ? sharedStrings(strings.text()) : [];
  const rows: string[][] = [];
  let lastRow = 0;
  for (const row of sheet.text().matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    const r = attr(row[1] ?? '', 'r');
    lastRow = r ? Number(r) : lastRow + 1;
    if (lastRow > HEAD_ROWS) {
      break;
    }
    const cells: string[] = [];
    for (const cell of (row[2] ?? '').matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
      const attrs = cell[1] ?? '';
      const body = cell[2] ?? '';
      const type = attr(attrs, 't');
      const value = unescapeXml(/<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1] ?? '');
      let text = value;
      if (type === 'inlineStr') {
        text = runsText(body);
      } else if (type === 's') {
        const s = shared[Number(value)];
        if (s === undefined) {
          return null; // a string past the ones kept: not certain
        }
        text = s;
      }
      cells[columnOf(attr(attrs, 'r')) ?? cells.length] = text;
    }
    rows[lastRow - 1] = Array.from(cells, (c) => c ?? '');
  }
  return Array.from(rows, (r) => r ?? []);
}
