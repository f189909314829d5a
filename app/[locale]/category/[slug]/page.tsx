import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import type { Locale } from '@/lib/i18n/locales';
import { findCategoryBySlug, translateCategorySlug } from '@/lib/server/catalog';

import { Catalog } from '../../_components/catalog';

type Props = PageProps<'/[locale]/category/[slug]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const category = await findCategoryBySlug(locale as Locale, slug);
  if (!category) return {};
  const t = await getTranslations({ locale: locale as Locale, namespace: 'Catalog' });
  return {
    title: category.name,
    description: t('categoryMetaDescription', { category: category.name }),
  };
}

export default async function CategoryPage({ params }: Props) {
  const { slug, ...rest } = await params;
  const locale = rest.locale as Locale;
  setRequestLocale(locale);
  const category = await findCategoryBySlug(locale, decodeURIComponent(slug));
  if (!category) {
    // A slug from the other language (after a language switch) leads to this language's page.
    const translated = await translateCategorySlug(locale, decodeURIComponent(slug));
    if (translated) permanentRedirect(`/${locale}/category/${encodeURIComponent(translated)}`);
    notFound();
  }
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{category.name}</h1>
      <Catalog locale={locale} category={category} />
    </>
  );
}
