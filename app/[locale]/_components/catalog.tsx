import { getTranslations } from 'next-intl/server';

import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { listCategories, listProducts, type CategoryLink } from '@/lib/server/catalog';

import { ProductGrid } from './product-grid';

/** The category filter and the product grid: two queries, whatever the catalog's size. */
export async function Catalog({ locale, category }: { locale: Locale; category?: CategoryLink }) {
  const [categories, products, t] = await Promise.all([
    listCategories(locale),
    listProducts(locale, category?.id),
    getTranslations({ locale, namespace: 'Catalog' }),
  ]);
  const linkClass =
    'block whitespace-nowrap rounded-full border border-stone-300 px-3 py-1 text-sm hover:border-brand-600 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white';
  return (
    <div className="flex flex-col gap-6">
      <nav aria-label={t('categories')}>
        <ul className="flex gap-2 overflow-x-auto pb-1 sm:flex-wrap">
          <li>
            <Link href="/" aria-current={category ? undefined : 'page'} className={linkClass}>
              {t('allCategories')}
            </Link>
          </li>
          {categories.map((item) => (
            <li key={item.id}>
              <Link
                href={`/category/${item.slug}`}
                aria-current={item.id === category?.id ? 'page' : undefined}
                className={linkClass}
              >
                {item.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="text-sm text-stone-700">{t('productCount', { count: products.length })}</p>
      <ProductGrid products={products} locale={locale} />
    </div>
  );
}
