import Image from 'next/image';
import { getTranslations } from 'next-intl/server';

import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import type { ProductCard } from '@/lib/server/catalog';
import { formatPrice, moneyFromMinor } from '@/lib/server/shop';

export async function ProductGrid({
  products,
  locale,
}: {
  products: ProductCard[];
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: 'Catalog' });
  const tp = await getTranslations({ locale, namespace: 'Product' });
  if (products.length === 0) return <p className="text-stone-700">{t('empty')}</p>;
  return (
    <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((product, index) => (
        <li key={product.id}>
          <Link
            href={`/products/${product.slug}`}
            // A page holds 24 of these: prefetching each would be 24 server renders per view.
            prefetch={false}
            className="group block rounded-lg border border-stone-200 p-2 hover:border-brand-600"
          >
            <Image
              src={`/media/${product.image}`}
              alt={product.name}
              width={400}
              height={400}
              sizes="(min-width: 1024px) 25vw, (min-width: 640px) 33vw, 50vw"
              priority={index < 4}
              className="aspect-square w-full rounded object-cover"
            />
            <h2 className="mt-2 text-sm font-medium group-hover:underline">{product.name}</h2>
            <p className="mt-1 text-sm">
              <span className="font-semibold">
                {formatPrice(moneyFromMinor(product.priceMinor), locale)}
              </span>
              {!product.available && (
                <span className="ml-2 text-xs text-red-800">{tp('outOfStock')}</span>
              )}
            </p>
          </Link>
        </li>
      ))}
    </ul>
  );
}
