import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { localeParam } from '@/lib/i18n/locale-param';
import { CART_BODY_MARKER } from '@/lib/server/cart-page/html';
import { cartPageHtml } from '@/lib/server/cart-page/view';
import { pageVariant } from '@/lib/server/page-variant';
import { readSession } from '@/lib/server/session';

export async function generateMetadata({ params }: PageProps<'/[locale]/cart'>): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Cart' });
  return { title: t('title'), description: t('metaDescription'), robots: { index: false } };
}

/**
 * The cart: plain HTML from the cart's one renderer (lib/server/cart-page/), its forms plain posts
 * that come back here (lib/server/cart-post.ts). In production the page server answers a
 * browser's visit itself, writing that HTML into the chrome it asks this page for, with the
 * marker in its place (docs/decisions/0004-page-server.md); Next shows it on a visit from the
 * client router, and under `next dev`.
 */
export default async function CartPage({ params, searchParams }: PageProps<'/[locale]/cart'>) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  const html = (await pageVariant())
    ? CART_BODY_MARKER
    : await cartPageHtml(await readSession(), locale, await searchParams);
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}
