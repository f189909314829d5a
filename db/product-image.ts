import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import sharp from 'sharp';

// Each category gets its own palette, so a seeded catalog reads at a glance.
const PALETTES: Record<string, readonly [string, string, string]> = {
  tea: ['#e8f3e4', '#5f8f4e', '#2f4f2a'],
  coffee: ['#f2e6da', '#8a5a3c', '#3e2518'],
  teaware: ['#e6eef5', '#4f7594', '#223849'],
  sweets: ['#fbe9ee', '#c9577a', '#6b2339'],
  accessories: ['#f1efe6', '#a08a3c', '#4a3f17'],
};
const FALLBACK: readonly [string, string, string] = ['#eeeeee', '#888888', '#333333'];

/** A small deterministic hash, so the same product always gets the same picture. */
function hash(text: string): number {
  let h = 2166136261;
  for (const char of text) h = Math.imul(h ^ (char.codePointAt(0) ?? 0), 16777619);
  return h >>> 0;
}

/** An abstract still life as SVG: no text, so it needs no font on the host. */
export function productArtSvg(seed: string, paletteKey: string): string {
  const [bg, mid, dark] = PALETTES[paletteKey] ?? FALLBACK;
  const h = hash(seed);
  const cx = 260 + (h % 280);
  const cy = 300 + ((h >>> 8) % 200);
  const r = 120 + ((h >>> 16) % 90);
  const tilt = (h >>> 4) % 40;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="${bg}"/><stop offset="1" stop-color="${mid}" stop-opacity="0.35"/>
  </linearGradient></defs>
  <rect width="800" height="800" fill="url(#g)"/>
  <rect x="0" y="600" width="800" height="200" fill="${dark}" opacity="0.12"/>
  <circle cx="${cx}" cy="${cy}" r="${r}" fill="${mid}"/>
  <rect x="${cx - r / 2}" y="${cy + r - 20}" width="${r}" height="60" rx="18" fill="${dark}"
        transform="rotate(${tilt - 20} ${cx} ${cy})"/>
  <circle cx="${cx + r * 0.35}" cy="${cy - r * 0.35}" r="${r * 0.22}" fill="${bg}" opacity="0.7"/>
</svg>`;
}

/** Renders the art to WebP under mediaRoot and returns the path relative to it. */
export async function writeProductImage(
  mediaRoot: string,
  name: string,
  seed: string,
  paletteKey: string,
): Promise<string> {
  const relative = path.posix.join('products', `${name}.webp`);
  const target = path.join(mediaRoot, relative);
  await mkdir(path.dirname(target), { recursive: true });
  const webp = await sharp(Buffer.from(productArtSvg(seed, paletteKey)))
    .webp({ quality: 80 })
    .toBuffer();
  await writeFile(target, webp);
  return relative;
}
