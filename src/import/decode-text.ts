/**
 * Turns a CSV's bytes into text without guessing silently. Byte-order marks decide first
 * (UTF-8, UTF-16 LE/BE); otherwise the bytes must be valid UTF-8, or else they are read as
 * Windows-1252, which is what Excel's "CSV (Comma delimited)" writes on Windows. Bytes that
 * are neither are refused with what to do, never stored as mojibake.
 */
import { TrackerError } from '../core/errors';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodedText = Readonly<{ text: string; encoding: TextEncoding }>;

function refuse(fileName: string, why: string): TrackerError {
  return new TrackerError(
    'IMPORT_FORMAT',
    `${fileName}: ${why}; in Excel use Save As › "CSV UTF-8 (Comma delimited)" and import that file`
  );
}

/** The encoding a byte-order mark announces, and the mark's length. */
export function bomOf(bytes: Uint8Array): readonly [TextEncoding, number] | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return ['utf-8', 3];
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return ['utf-16le', 2];
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return ['utf-16be', 2];
  }
  return null;
}

export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  const bom = bomOf(bytes);
  if (bom) {
    const [encoding, length] = bom;
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(length)), encoding };
    } catch {
      throw refuse(fileName, `the file says it is ${encoding.toUpperCase()} but is not`);
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: Windows-1252 is the only other encoding a spreadsheet here writes
  }
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    const chunk = Array.from(bytes.subarray(i, i + 0x8000), (b) => (b >= 0x80 && b <= 0x9f ? (CP1252_80_9F[b - 0x80] ?? 0) : b));
    // 0x81, 0x8D, 0x8F, 0x90 and 0x9D mean nothing in Windows-1252, and NUL never appears in a
    // text CSV: either says the file is in some other encoding.
    if (chunk.some((c) => c === 0)) {
      throw refuse(fileName, 'the file is neither UTF-8 nor Windows-1252 text');
    }
    text += String.fromCharCode(...chunk);
  }
  return { text, encoding: 'windows-1252' };
}

/**
 * Windows-1252's 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ' ' " " • – — ˜ ™ š › œ ž Ÿ), 0 where
 * undefined. Written out because Node's TextDecoder('windows-1252') decodes these bytes as
 * Latin-1 control characters.
 */
const CP1252_80_9F: readonly number[] = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];
