import { getTranslations } from 'next-intl/server';

import type { Locale } from '@/lib/i18n/locales';
import type { ProductCard } from '@/lib/server/catalog';
import { formatPrice, moneyFromMinor } from '@/lib/server/shop';

import { ProductCardLink } from './product-card';

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
          <ProductCardLink
            slug={product.slug}
            name={product.name}
            image={product.image}
            price={formatPrice(moneyFromMinor(product.priceMinor), locale)}
            outOfStock={product.available ? undefined : tp('outOfStock')}
            // A phone shows two cards a row, a wide page four: the first of them is the page's
            // largest paint (LCP), the others of its row preload with it.
            priority={index === 0 ? 'high' : index < 4 ? 'preload' : undefined}
          />
        </li>
      ))}
    </ul>
  );
}
