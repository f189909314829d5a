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

// Half a phone's width, a third or a quarter of a wider page (at most 1152 px): with `sizes` the
// browser picks the width it shows, 384 px on a phone instead of 640.
export const CARD_SIZES =
  '(min-width: 1152px) 270px, (min-width: 1024px) 25vw, (min-width: 640px) 33vw, 50vw';
// A card is shown 150-290 CSS px wide, so 828 px covers the widest at nearly 3x. The optimizer's
// 1080 and 1200 are for a product page's own image; offered by every card they were two more
// addresses each, 5 KB of a catalog page's HTML (issue "Speed": well under 60 KB).
export const CARD_MAX_WIDTH = 828;

// What next/image chooses from next.config.mjs's images.deviceSizes and imageSizes, for the
// cart's HTML, which the page server writes without React (lib/server/cart-page/html.ts): a
// card's widths from a quarter of the smallest device width up to CARD_MAX_WIDTH, and an 80 px
// thumbnail at 1x and 2x. e2e/cart.spec.ts loads both.
const CARD_WIDTHS = [256, 384, 640, 828];
const THUMBNAIL_WIDTHS = [96, 256];

/** A product card's image, as ProductCardLink's next/image props give it. */
export function cardImage(file: string): { src: string; srcSet: string; sizes: string } {
  const entries = CARD_WIDTHS.map((width) => `${imageAddress(file, width)} ${width}w`);
  return {
    src: imageAddress(file, CARD_WIDTHS.at(-1)!),
    srcSet: entries.join(', '),
    sizes: CARD_SIZES,
  };
}

/** A cart line's 80 px thumbnail, at 1x and 2x. */
export function lineImage(file: string): { src: string; srcSet: string } {
  const [single, double] = THUMBNAIL_WIDTHS as [number, number];
  return {
    src: imageAddress(file, double),
    srcSet: `${imageAddress(file, single)} 1x, ${imageAddress(file, double)} 2x`,
  };
}

function imageAddress(file: string, width: number): string {
  return shopImageLoader({ src: `/media/${file}`, width });
}
