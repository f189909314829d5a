'use client';

import Image from 'next/image';

import { Link } from '@/lib/i18n/navigation';

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
  return (
    <Link
      href={`/products/${slug}`}
      className="group block rounded-lg border border-stone-200 p-2 hover:border-brand-600"
    >
      {/* Half a phone's width, a third or a quarter of a wider page (at most 1152 px): with
          `sizes` the browser picks the width it shows, 384 px on a phone instead of 640. */}
      <Image
        src={`/media/${image}`}
        alt={name}
        width={320}
        height={320}
        sizes="(min-width: 1152px) 270px, (min-width: 1024px) 25vw, (min-width: 640px) 33vw, 50vw"
        preload={priority !== undefined}
        fetchPriority={priority === 'high' ? 'high' : undefined}
        className="aspect-square w-full rounded object-cover"
      />
      <Name className="mt-2 text-sm font-medium group-hover:underline">{name}</Name>
      <p className="mt-1 text-sm">
        <span className="font-semibold">{price}</span>
        {outOfStock && <span className="ml-2 text-xs text-red-800">{outOfStock}</span>}
      </p>
    </Link>
  );
}
