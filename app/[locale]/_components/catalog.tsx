import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';

import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { listCategories, listProductPage, type CategoryLink } from '@/lib/server/catalog';

import { Pagination } from './pagination';
import { ProductGrid } from './product-grid';

/**
 * The category filter and one page of the product grid: three queries (categories, the count and
 * the page), each indexed, whatever the catalog's size.
 */
export async function Catalog({
  locale,
  page,
  category,
}: {
  locale: Locale;
  page: number;
  category?: CategoryLink;
}) {
  const [categories, list, t] = await Promise.all([
    listCategories(locale),
    listProductPage(locale, page, category?.id),
    getTranslations({ locale, namespace: 'Catalog' }),
  ]);
  // The proxy answers pages past the end with a real 404; this covers products deleted meanwhile.
  if (!list) notFound();
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
      <p className="text-sm text-stone-700">{t('productCount', { count: list.total })}</p>
      <ProductGrid products={list.products} locale={locale} />
      <Pagination
        locale={locale}
        pathname={category ? `/category/${category.slug}` : '/'}
        page={list.page}
        pageCount={list.pageCount}
      />
    </div>
  );
}
