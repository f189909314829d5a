import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { openGraphLocales } from '@/lib/i18n/locales';
import { routing } from '@/lib/i18n/routing';
import { siteOrigin } from '@/lib/server/seo';

import '../globals.css';
import { SiteChrome } from './_components/site-chrome';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    // Canonical, alternate and Open Graph addresses are made absolute against the shop's own.
    metadataBase: new URL(siteOrigin()),
    title: { template: t('titleTemplate'), default: t('defaultTitle') },
    description: t('description'),
    applicationName: t('shopName'),
    manifest: '/manifest.webmanifest',
    icons: { apple: '/apple-touch-icon.png' },
    openGraph: {
      type: 'website',
      siteName: t('shopName'),
      locale: openGraphLocales[locale],
      images: [{ url: '/og-default.png', width: 1200, height: 630, alt: t('shopName') }],
    },
    twitter: { card: 'summary_large_image', images: ['/og-default.png'] },
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return <SiteChrome locale={locale}>{children}</SiteChrome>;
}
