import type { Locale } from '@/lib/i18n/locales';
import type { ProductCard } from '@/lib/server/catalog';
import { formatPrice, moneyFromMinor } from '@/lib/server/shop';

import { ProductCardLink } from './product-card';

/**
 * A titled row of up to 4 recommended products (product page, cart). Nothing at all, not even the
 * heading, when there are none.
 */
export function RecommendedProducts({
  id,
  title,
  products,
  locale,
}: {
  /** The section's heading id, unique on the page. */
  id: string;
  title: string;
  products: ProductCard[];
  locale: Locale;
}) {
  if (products.length === 0) return null;
  return (
    // Under the whole of a two-column product page too (md:col-span-2).
    <section aria-labelledby={id} className="mt-6 flex flex-col gap-4 md:col-span-2">
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      <ul className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        {products.map((product) => (
          <li key={product.id}>
            <ProductCardLink
              slug={product.slug}
              name={product.name}
              image={product.image}
              price={formatPrice(moneyFromMinor(product.priceMinor), locale)}
              nameLevel={3}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
