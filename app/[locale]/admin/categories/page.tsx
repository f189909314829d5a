import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { localeParam } from '@/lib/i18n/locale-param';
import { otherLocales } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { listAdminCategories } from '@/lib/server/admin/categories';
import { requireStaff } from '@/lib/server/auth';

import { ListTitle, Notice, SearchForm, searchText } from '../_components/list-parts';

type Props = PageProps<'/[locale]/admin/categories'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Admin.categories' });
  return { title: t('title') };
}

export default async function AdminCategoriesPage({ params, searchParams }: Props) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  const search = await searchParams;
  const q = searchText(search.q);
  const back = q ? `?q=${encodeURIComponent(q)}` : '';
  await requireStaff(locale, `/admin/categories${back}`);
  const t = await getTranslations('Admin.categories');
  const rows = await listAdminCategories(locale, q || undefined);
  // The name in the first other language, for staff who look a category up by that name.
  const other = otherLocales(locale)[0] ?? locale;
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
      <ListTitle title={t('title')} newHref="/admin/categories/new" newLabel={t('new')} />
      {notice && <Notice>{notice}</Notice>}
      <SearchForm id="categories-q" label={t('search')} q={q} button={t('searchButton')} />
      {rows.length === 0 ? (
        <p>{q ? t('notFound') : t('empty')}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className={cell}>
                {t('columns.name')}
              </th>
              <th scope="col" className={`${cell} hidden sm:table-cell`}>
                {t('columns.nameOther')}
              </th>
              <th scope="col" className={`${cell} hidden sm:table-cell`}>
                {t('columns.slug')}
              </th>
              <th scope="col" className={`${cell} text-right`}>
                {t('columns.products')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-stone-200">
                <td className={cell}>
                  <Link
                    href={`/admin/categories/${row.id}`}
                    aria-label={t('edit', { name: row.names[locale] })}
                    className="text-brand-700 underline"
                  >
                    {row.names[locale]}
                  </Link>
                </td>
                <td className={`${cell} hidden sm:table-cell`}>{row.names[other]}</td>
                <td className={`${cell} hidden sm:table-cell`}>{row.slugs[locale]}</td>
                <td className={`${cell} text-right`}>{row.productCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
