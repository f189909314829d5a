import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { localeParam } from '@/lib/i18n/locale-param';
import { Link } from '@/lib/i18n/navigation';
import { requireStaff } from '@/lib/server/auth';

import { CategoryForm } from '../_components/category-form';

type Props = PageProps<'/[locale]/admin/categories/new'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Admin.categories' });
  return { title: t('newTitle') };
}

export default async function NewCategoryPage({ params }: Props) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  await requireStaff(locale, '/admin/categories/new');
  const t = await getTranslations('Admin.categories');
  return (
    <div className="flex flex-col gap-5">
      <Link href="/admin/categories" className="text-sm text-brand-700 underline">
        {t('back')}
      </Link>
      <h1 className="text-2xl font-bold">{t('newTitle')}</h1>
      <CategoryForm defaults={{}} />
    </div>
  );
}
