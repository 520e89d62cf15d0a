/** One entry for every pack format; each writer (and its library) loads only when asked for. */
import type { BoardPack } from '../../core/board-pack';

export const PACK_FORMATS = ['pptx', 'docx', 'xlsx'] as const;
export type PackFormat = (typeof PACK_FORMATS)[number];

export const PACK_MIME: Readonly<Record<PackFormat, string>> = {
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export async function writePack(pack: BoardPack, format: PackFormat, onProgress?: (step: string) => void): Promise<Uint8Array> {
  switch (format) {
    case 'pptx':
      return (await import('./write-pptx')).writePptx(pack, onProgress);
    case 'docx':
      return (await import('./write-docx')).writeDocx(pack, onProgress);
    case 'xlsx':
      return (await import('./write-xlsx')).writeXlsx(pack, onProgress);
  }
}
