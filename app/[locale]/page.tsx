import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import type { Locale } from '@/lib/i18n/locales';

import { Catalog } from './_components/catalog';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: 'Catalog' });
  const tm = await getTranslations({ locale: locale as Locale, namespace: 'Metadata' });
  // The layout's title template covers only pages below it, not this one beside it.
  return {
    title: { absolute: tm('titleTemplate').replace('%s', t('title')) },
    description: t('metaDescription'),
  };
}

export default async function CatalogPage({ params }: PageProps<'/[locale]'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations('Catalog');
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{t('title')}</h1>
      <Catalog locale={locale} />
    </>
  );
}
