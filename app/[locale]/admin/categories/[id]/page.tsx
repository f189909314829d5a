import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { localeParam } from '@/lib/i18n/locale-param';
import { locales } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { findAdminCategory } from '@/lib/server/admin/categories';
import { requireStaff } from '@/lib/server/auth';
import { parseId } from '@/lib/validation/id';

import { SubmitButton } from '../../../_components/submit-button';
import { deleteCategoryAction } from '../actions';
import { CategoryForm } from '../_components/category-form';

type Props = PageProps<'/[locale]/admin/categories/[id]'>;

async function category(id: string) {
  const categoryId = parseId(id);
  return categoryId === undefined ? undefined : findAdminCategory(categoryId);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, ...rest } = await params;
  const locale = localeParam(rest.locale);
  const t = await getTranslations({ locale, namespace: 'Admin.categories' });
  return { title: t('editTitle', { name: (await category(id))?.names[locale] ?? id }) };
}

export default async function EditCategoryPage({ params, searchParams }: Props) {
  const { id, ...rest } = await params;
  const locale = localeParam(rest.locale);
  setRequestLocale(locale);
  await requireStaff(locale, `/admin/categories/${id}`);
  const found = await category(id);
  if (!found) notFound();
  const t = await getTranslations('Admin.categories');
  const refused = (await searchParams).refused === '1';
  const defaults = Object.fromEntries(
    locales.flatMap((language) => [
      [`name-${language}`, found.names[language]],
      [`slug-${language}`, found.slugs[language]],
    ]),
  );

  return (
    <div className="flex flex-col gap-5">
      <Link href="/admin/categories" className="text-sm text-brand-700 underline">
        {t('back')}
      </Link>
      <h1 className="text-2xl font-bold break-words">
        {t('editTitle', { name: found.names[locale] })}
      </h1>
      <CategoryForm id={found.id} defaults={defaults} />
      <form
        action={deleteCategoryAction}
        className="flex flex-col items-start gap-2 border-t border-stone-200 pt-5"
      >
        <input type="hidden" name="id" value={found.id} />
        {refused && (
          <p role="alert" className="text-sm text-red-800">
            {t('hasProducts')}
          </p>
        )}
        <SubmitButton
          pendingLabel={t('deleting')}
          className="rounded border border-red-700 px-4 py-2 font-medium text-red-800 hover:bg-red-50"
        >
          {t('delete')}
        </SubmitButton>
      </form>
    </div>
  );
}
