// The product cards' image loader (next/image's `loader`): the address of each width of an image.
// A product image (under /media/) gets a short path, /img/<width>/<quality>/<file>, which
// next.config.mjs rewrites to Next's image optimizer: the same resized image, without the 40
// characters of /_next/image?url=%2Fmedia%2F…&amp;w=…&amp;q=… that every srcset entry of a
// catalog page repeated (24 cards, 4 widths each, 5 KB of its HTML; issue "Speed"). Not the
// global images.loaderFile: with any loader but the default one Next turns its optimizer off.

/** The quality Next's optimizer allows by default, and the shop's only one. */
const IMAGE_QUALITY = 75;

export default function shopImageLoader({
  src,
  width,
  quality,
}: {
  src: string;
  width: number;
  quality?: number;
}): string {
  const q = quality ?? IMAGE_QUALITY;
  if (src.startsWith('/media/') && !src.includes('?')) {
    const file = src.slice('/media/'.length).split('/').map(encodeURIComponent).join('/');
    return `/img/${width}/${q}/${file}`;
  }
  return `/_next/image?url=${encodeURIComponent(src)}&w=${width}&q=${q}`;
}

/** The entries of a `w`-descriptor srcset no wider than `max` pixels. */
export function srcSetUpTo(srcSet: string, max: number): string {
  return srcSet
    .split(', ')
    .filter((entry) => Number(/ (\d+)w$/.exec(entry)?.[1] ?? Infinity) <= max)
    .join(', ');
}
