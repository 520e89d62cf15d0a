/**
 * The app icons Teams requires: a 192×192 full-colour icon and a 32×32 white-on-transparent
 * outline. Drawn as a tick on the accent colour.
 */
import { encodePng, type Pixel } from './png';

export const ACCENT = '#1F5C99';
const [R, G, B] = [0x1f, 0x5c, 0x99];

/** Distance from (x, y) to the segment (ax, ay)–(bx, by). */
function toSegment(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

function onTick(x: number, y: number, s: number): boolean {
  const w = s * 0.07;
  return toSegment(x, y, s * 0.28, s * 0.52, s * 0.44, s * 0.68) <= w || toSegment(x, y, s * 0.44, s * 0.68, s * 0.74, s * 0.34) <= w;
}

export function colorIcon(): Buffer {
  const size = 192;
  return encodePng(size, size, (x, y): Pixel => {
    // Teams rounds the corners itself: the colour icon is full bleed.
    return onTick(x, y, size) ? [255, 255, 255, 255] : [R, G, B, 255];
  });
}

export function outlineIcon(): Buffer {
  const size = 32;
  return encodePng(size, size, (x, y): Pixel => {
    const edge = x === 2 || y === 2 || x === size - 3 || y === size - 3;
    const inBox = x >= 2 && y >= 2 && x <= size - 3 && y <= size - 3;
    return (inBox && edge) || onTick(x, y, size) ? [255, 255, 255, 255] : [0, 0, 0, 0];
  });
}
