import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { parsePage } from '@/lib/domain/paging';
import { localeParam } from '@/lib/i18n/locale-param';
import { homePaths, pageAlternates } from '@/lib/server/seo';

import { Catalog } from './_components/catalog';

export async function generateMetadata({
  params,
  searchParams,
}: PageProps<'/[locale]'>): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const page = parsePage((await searchParams).page) ?? 1;
  const t = await getTranslations({ locale, namespace: 'Catalog' });
  const tm = await getTranslations({ locale, namespace: 'Metadata' });
  const title = page > 1 ? t('pageTitle', { title: t('title'), page }) : t('title');
  // The layout's title template covers only pages below it, not this one beside it.
  return {
    title: { absolute: tm('titleTemplate').replace('%s', title) },
    description: t('metaDescription'),
    alternates: pageAlternates(homePaths(), locale, page > 1 ? `?page=${page}` : ''),
  };
}

export default async function CatalogPage({ params, searchParams }: PageProps<'/[locale]'>) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  // The proxy has already answered bad page numbers with 404 and ?page=1 with the bare address.
  const page = parsePage((await searchParams).page);
  if (page === undefined) notFound();
  const t = await getTranslations('Catalog');
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{t('title')}</h1>
      <Catalog locale={locale} page={page} />
    </>
  );
}
