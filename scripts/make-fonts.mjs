// npm run fonts: the shop's one web font, app/fonts/geist-latin-cyrillic.woff2, cut from the
// `geist` package's variable Geist (70 KB) down to what the shop's pages can show: the letters of
// English and Russian, their punctuation and currency signs, and the weights its styles name
// (Tailwind's font-normal to font-bold, 400 to 700). Every page preloads it, so a phone on a slow
// link downloads it before the first product image. Run again after upgrading `geist` or when
// scripts/make-fonts.test.ts finds a character of the messages or the seed data the font lacks.
// The file is committed like any other asset; Geist's licence (SIL Open Font License) travels
// beside it.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';

import subsetFont from 'subset-font';

const GEIST = 'node_modules/geist/dist/fonts/geist-sans/Geist-Variable.woff2';
const OUT = 'app/fonts/geist-latin-cyrillic.woff2';

const ranges = [
  [0x20, 0x7e], // ASCII
  [0xa0, 0xff], // Latin-1: accented names (Tarrazú, crème); rarer letters fall back to the system's
  [0x400, 0x45f], // Russian and the other Cyrillic letters of the basic block
  [0x2000, 0x206f], // general punctuation: dashes, quotes, ellipsis, the spaces Intl puts in numbers
  [0x20a0, 0x20cf], // currency signs (₽, €)
  [0x2116, 0x2116], // №
  [0x2122, 0x2122], // ™
  [0x2190, 0x2193], // arrows
  [0x2212, 0x2212], // minus sign
];
let text = '';
for (const [from, to] of ranges) for (let c = from; c <= to; c++) text += String.fromCodePoint(c);

const font = await subsetFont(readFileSync(GEIST), text, {
  targetFormat: 'woff2',
  variationAxes: { wght: { min: 400, max: 700 } },
});
writeFileSync(OUT, font);
copyFileSync('node_modules/geist/LICENSE.txt', 'app/fonts/LICENSE.txt');
console.log(`${OUT}: ${font.length} bytes (from ${readFileSync(GEIST).length})`);
