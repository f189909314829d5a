import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { localeParam } from '@/lib/i18n/locale-param';
import { Link } from '@/lib/i18n/navigation';
import { listCoupons, type CouponFilters } from '@/lib/server/admin/coupons';
import { requireStaff } from '@/lib/server/auth';

import { couponSummary } from './_components/coupon-summary';

import { ListTitle, Notice, SearchForm, searchText } from '../_components/list-parts';

type Props = PageProps<'/[locale]/admin/coupons'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Admin.coupons' });
  return { title: t('title') };
}

function filtersOf(search: Record<string, string | string[] | undefined>): CouponFilters {
  const q = searchText(search.q);
  const page =
    typeof search.page === 'string' && /^\d{1,6}$/.test(search.page) ? Number(search.page) : 1;
  return { q: q || undefined, activeNow: search.active === 'now', page: Math.max(1, page) };
}

/** The list's address with these filters on another page. */
function query(filters: CouponFilters, page: number): string {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.activeNow) params.set('active', 'now');
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export default async function AdminCouponsPage({ params, searchParams }: Props) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  const search = await searchParams;
  const filters = filtersOf(search);
  await requireStaff(locale, `/admin/coupons${query(filters, filters.page)}`);
  const t = await getTranslations('Admin.coupons');
  const { rows, total, page, pages } = await listCoupons(filters);
  const summaries = await Promise.all(
    rows.map(async (coupon) => ({ coupon, summary: await couponSummary(coupon, locale) })),
  );
  const notice = search.deleted ? t('deleted') : search.missing ? t('missing') : undefined;
  const cell = 'px-2 py-2';

  return (
    <div className="flex flex-col gap-5">
      <ListTitle title={t('title')} newHref="/admin/coupons/new" newLabel={t('new')} />
      {notice && <Notice>{notice}</Notice>}
      <SearchForm
        id="coupons-q"
        label={t('search')}
        q={filters.q ?? ''}
        button={t('filter')}
        filters={
          <label className="flex items-center gap-2 py-2">
            <input type="checkbox" name="active" value="now" defaultChecked={filters.activeNow} />
            {t('activeNow')}
          </label>
        }
      >
        {(filters.q || filters.activeNow) && (
          <Link href="/admin/coupons" className="py-2 text-sm text-brand-700 underline">
            {t('reset')}
          </Link>
        )}
      </SearchForm>
      <p aria-live="polite" className="text-sm text-stone-700">
        {t('count', { total })}
      </p>
      {rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className={cell}>
                {t('columns.code')}
              </th>
              <th scope="col" className={cell}>
                {t('columns.discount')}
              </th>
              <th scope="col" className={`${cell} hidden sm:table-cell`}>
                {t('columns.valid')}
              </th>
              <th scope="col" className={`${cell} text-right`}>
                {t('columns.uses')}
              </th>
              <th scope="col" className={cell}>
                {t('columns.status')}
              </th>
            </tr>
          </thead>
          <tbody>
            {summaries.map(({ coupon, summary }) => {
              return (
                <tr key={coupon.id} className="border-b border-stone-200">
                  <td className={cell}>
                    <Link
                      href={`/admin/coupons/${coupon.id}`}
                      aria-label={t('edit', { code: coupon.code })}
                      className="font-mono text-brand-700 underline"
                    >
                      {coupon.code}
                    </Link>
                  </td>
                  <td className={cell}>
                    {summary.discount}
                    {summary.minimum && (
                      <span className="block text-xs text-stone-700">{summary.minimum}</span>
                    )}
                  </td>
                  <td className={`${cell} hidden sm:table-cell`}>{summary.valid}</td>
                  <td className={`${cell} text-right`}>{summary.uses}</td>
                  <td
                    className={`${cell} ${summary.activeNow ? 'text-brand-700' : 'text-stone-700'}`}
                  >
                    {summary.status}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {pages > 1 && (
        <nav aria-label={t('pagination')} className="flex flex-wrap items-center gap-4 text-sm">
          {page > 1 && (
            <Link
              href={`/admin/coupons${query(filters, page - 1)}`}
              rel="prev"
              className="text-brand-700 underline"
            >
              {t('previous')}
            </Link>
          )}
          <span aria-current="page">{t('page', { page, pages })}</span>
          {page < pages && (
            <Link
              href={`/admin/coupons${query(filters, page + 1)}`}
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
