import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { localeParam } from '@/lib/i18n/locale-param';
import { Link } from '@/lib/i18n/navigation';
import { listOrders } from '@/lib/server/admin/orders';
import { requireStaff } from '@/lib/server/auth';
import { parseOrderFilters, type OrderFilters } from '@/lib/validation/admin-filters';

import { OrderFiltersForm } from './_components/order-filters';
import { OrdersTable } from './_components/orders-table';

type Props = PageProps<'/[locale]/admin/orders'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Admin.orders' });
  return { title: t('title') };
}

/** The list's address with these filters on another page. */
function query(filters: OrderFilters, page: number): string {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.paid) params.set('paid', filters.paid);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export default async function AdminOrdersPage({ params, searchParams }: Props) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  const filters = parseOrderFilters(await searchParams);
  await requireStaff(locale, `/admin/orders${query(filters, filters.page)}`);
  const t = await getTranslations('Admin.orders');
  const { rows, total, page, pages } = await listOrders(filters);
  const exportRefused = (await searchParams).export === 'none';

  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <OrderFiltersForm filters={filters} />
      <p aria-live="polite" className="text-sm text-stone-700">
        {t('count', { total })}
      </p>
      {exportRefused && (
        <p
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900"
        >
          {t('exportNothing')}
        </p>
      )}
      {rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <OrdersTable rows={rows} locale={locale} back={query(filters, page)} />
      )}
      {pages > 1 && (
        <nav aria-label={t('pagination')} className="flex flex-wrap items-center gap-4 text-sm">
          {page > 1 && (
            <Link
              href={`/admin/orders${query(filters, page - 1)}`}
              rel="prev"
              className="text-brand-700 underline"
            >
              {t('previous')}
            </Link>
          )}
          <span aria-current="page">{t('page', { page, pages })}</span>
          {page < pages && (
            <Link
              href={`/admin/orders${query(filters, page + 1)}`}
              rel="next"
              className="text-brand-700 underline"
            >
              {t('next')}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
