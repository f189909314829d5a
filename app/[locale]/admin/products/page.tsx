import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { localeParam } from '@/lib/i18n/locale-param';
import { Link } from '@/lib/i18n/navigation';
import { listAdminProducts } from '@/lib/server/admin/products';
import { requireStaff } from '@/lib/server/auth';
import { formatPrice, moneyFromMinor } from '@/lib/server/shop';

import { AvailabilityToggle } from './_components/availability-toggle';

import { ListTitle, Notice, SearchForm, searchText } from '../_components/list-parts';

type Props = PageProps<'/[locale]/admin/products'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Admin.products' });
  return { title: t('title') };
}

export default async function AdminProductsPage({ params, searchParams }: Props) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  const search = await searchParams;
  const q = searchText(search.q);
  const back = q ? `?q=${encodeURIComponent(q)}` : '';
  await requireStaff(locale, `/admin/products${back}`);
  const t = await getTranslations('Admin.products');
  const rows = await listAdminProducts(locale, q || undefined);
  const notice = search.saved
    ? t('saved')
    : search.deleted
      ? t('deleted')
      : search.missing
        ? t('missing')
        : undefined;
  const cell = 'px-2 py-2';

  return (
    <div className="flex flex-col gap-5">
      <ListTitle title={t('title')} newHref="/admin/products/new" newLabel={t('new')} />
      {notice && <Notice>{notice}</Notice>}
      <SearchForm id="products-q" label={t('search')} q={q} button={t('searchButton')} />
      {rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className={cell}>
                {t('columns.name')}
              </th>
              <th scope="col" className={`${cell} hidden sm:table-cell`}>
                {t('columns.category')}
              </th>
              <th scope="col" className={`${cell} text-right`}>
                {t('columns.price')}
              </th>
              <th scope="col" className={cell}>
                {t('columns.available')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-stone-200 align-top">
                <td className={`${cell} break-words`}>
                  <Link
                    href={`/admin/products/${row.id}`}
                    aria-label={t('edit', { name: row.name })}
                    className="text-brand-700 underline"
                  >
                    {row.name}
                  </Link>
                </td>
                <td className={`${cell} hidden sm:table-cell`}>{row.category}</td>
                <td className={`${cell} text-right whitespace-nowrap`}>
                  {formatPrice(moneyFromMinor(row.priceMinor), locale)}
                </td>
                <td className={cell}>
                  <AvailabilityToggle
                    id={row.id}
                    name={row.name}
                    available={row.available}
                    back={back}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
