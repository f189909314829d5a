'use client';

import { getImageProps } from 'next/image';
import { preload } from 'react-dom';

import { Link } from '@/lib/i18n/navigation';
import shopImageLoader, { CARD_MAX_WIDTH, CARD_SIZES, srcSetUpTo } from '@/lib/image-loader';

/**
 * One card of the product grid. A client component so that a page of 24 carries only these few
 * props each in its RSC payload, not the markup and class names of every card twice (the HTML
 * and the payload): the list page went from 78 to 48 KB. The price comes formatted by the server.
 */
export function ProductCardLink({
  slug,
  name,
  image,
  price,
  outOfStock,
  priority,
  nameLevel = 2,
}: {
  slug: string;
  name: string;
  image: string;
  price: string;
  outOfStock?: string;
  /**
   * How early the image loads: 'high' for the page's largest first paint (fetched before the
   * scripts), 'preload' for the rest of the first row; otherwise lazily, as the shopper scrolls.
   */
  priority?: 'high' | 'preload';
  /** The name's heading level: 3 where the grid sits under a section's own h2. */
  nameLevel?: 2 | 3;
}) {
  const Name = nameLevel === 3 ? 'h3' : 'h2';
  // next/image's own attributes, with the srcset cut to a card's widths; so a plain <img>.
  const { props: imageProps } = getImageProps({
    src: `/media/${image}`,
    alt: name,
    width: 320,
    height: 320,
    sizes: CARD_SIZES,
    loader: shopImageLoader,
    preload: priority !== undefined,
    fetchPriority: priority === 'high' ? 'high' : undefined,
    className: 'aspect-square w-full rounded object-cover',
  });
  const srcSet = srcSetUpTo(imageProps.srcSet ?? '', CARD_MAX_WIDTH);
  const src = srcSet.split(', ').at(-1)?.split(' ')[0] || imageProps.src;
  if (priority) {
    // What next/image's `preload` does: a <link rel=preload> in the head, with the same srcset.
    preload(src, {
      as: 'image',
      imageSrcSet: srcSet,
      imageSizes: CARD_SIZES,
      fetchPriority: priority === 'high' ? 'high' : undefined,
    });
  }
  return (
    <Link
      href={`/products/${slug}`}
      className="group block rounded-lg border border-stone-200 p-2 hover:border-brand-600"
    >
      {/* eslint-disable-next-line @next/next/no-img-element -- next/image's props, a shorter srcset */}
      <img {...imageProps} alt={name} srcSet={srcSet} src={src} />
      <Name className="mt-2 text-sm font-medium group-hover:underline">{name}</Name>
      <p className="mt-1 text-sm">
        <span className="font-semibold">{price}</span>
        {outOfStock && <span className="ml-2 text-xs text-red-800">{outOfStock}</span>}
      </p>
    </Link>
  );
}
