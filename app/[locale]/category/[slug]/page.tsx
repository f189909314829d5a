import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { parsePage } from '@/lib/domain/paging';
import { localeParam } from '@/lib/i18n/locale-param';
import { permanentRedirect } from '@/lib/i18n/navigation';
import { findCategoryBySlug } from '@/lib/server/catalog';
import { resolveSlug } from '@/lib/server/slug-routing';
import { categoryPaths, pageAlternates } from '@/lib/server/seo';

import { Catalog } from '../../_components/catalog';

type Props = PageProps<'/[locale]/category/[slug]'>;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { slug, ...rest } = await params;
  const locale = localeParam(rest.locale);
  const category = await findCategoryBySlug(locale, slug);
  if (!category) return {};
  const page = parsePage((await searchParams).page) ?? 1;
  const t = await getTranslations({ locale, namespace: 'Catalog' });
  const paths = await categoryPaths(category.id);
  return {
    title: page > 1 ? t('pageTitle', { title: category.name, page }) : category.name,
    description: t('categoryMetaDescription', { category: category.name }),
    alternates: paths && pageAlternates(paths, locale, page > 1 ? `?page=${page}` : ''),
  };
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { slug, ...rest } = await params;
  const locale = localeParam(rest.locale);
  setRequestLocale(locale);
  const category = await findCategoryBySlug(locale, decodeURIComponent(slug));
  if (!category) {
    // The proxy has already redirected another language's slug or answered 404; this covers a
    // product renamed or deleted in between.
    const resolution = await resolveSlug('category', locale, decodeURIComponent(slug));
    if (resolution.kind === 'translated')
      permanentRedirect({
        href: `/category/${encodeURIComponent(resolution.slug)}`,
        locale,
      });
    notFound();
  }
  // The proxy has already answered bad page numbers with 404 and ?page=1 with the bare address.
  const page = parsePage((await searchParams).page);
  if (page === undefined) notFound();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{category.name}</h1>
      <Catalog locale={locale} page={page} category={category} />
    </>
  );
}
