import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import type { Locale } from '@/lib/i18n/locales';
import { findCategoryBySlug } from '@/lib/server/catalog';
import { resolveSlug } from '@/lib/server/slug-routing';

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
    // The proxy has already redirected another language's slug or answered 404; this covers a
    // product renamed or deleted in between.
    const resolution = resolveSlug('category', locale, decodeURIComponent(slug));
    if (resolution.kind === 'translated')
      permanentRedirect(`/${locale}/category/${encodeURIComponent(resolution.slug)}`);
    notFound();
  }
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{category.name}</h1>
      <Catalog locale={locale} category={category} />
    </>
  );
}
