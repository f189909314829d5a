// npm run icons: the home-screen icons, favicon.ico and the default link-preview image in public/,
// drawn from app/icon.svg. Run again after changing the logo; the PNGs are committed like any other asset.
import sharp from 'sharp';
import { readFileSync, writeFileSync } from 'node:fs';
const svg = readFileSync('app/icon.svg');
for (const [name, size] of [
  ['apple-touch-icon.png', 180],
  ['icon-192.png', 192],
  ['icon-512.png', 512],
]) {
  await sharp(svg, { density: (72 * size) / 32 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toFile(`public/${name}`);
}
// Browsers ask for /favicon.ico whatever the page names, and a 404 there is an error in the
// console (Lighthouse counts it). An .ico may hold a PNG: a 6-byte header, one 16-byte entry.
const favicon = await sharp(svg).resize(32, 32).png({ compressionLevel: 9 }).toBuffer();
const header = Buffer.alloc(22);
header.writeUInt16LE(1, 2); // an icon file
header.writeUInt16LE(1, 4); // one image
header.writeUInt8(32, 6); // 32 x 32
header.writeUInt8(32, 7);
header.writeUInt16LE(1, 10); // one colour plane
header.writeUInt16LE(32, 12); // 32 bits per pixel
header.writeUInt32LE(favicon.length, 14);
header.writeUInt32LE(22, 18); // the PNG follows the header
writeFileSync('public/favicon.ico', Buffer.concat([header, favicon]));
const og = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="#f3f7f1"/>
<g transform="translate(120 175) scale(8.75)"><rect width="32" height="32" rx="7" fill="#2f5227"/><path d="M9 12h14l-1.5 10a2 2 0 0 1-2 1.7h-7a2 2 0 0 1-2-1.7z" fill="#f3f7f1"/><path d="M12 12a4 4 0 0 1 8 0" fill="none" stroke="#f3f7f1" stroke-width="2"/></g>
<text x="480" y="300" font-family="DejaVu Sans, sans-serif" font-size="110" font-weight="bold" fill="#2f5227">myshop</text>
<text x="484" y="390" font-family="DejaVu Sans, sans-serif" font-size="44" fill="#3d3d3d">Tea and coffee · Чай и кофе</text>
</svg>`;
await sharp(Buffer.from(og))
  .png({ compressionLevel: 9, palette: true })
  .toFile('public/og-default.png');
