import localFont from 'next/font/local';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import type { Locale } from '@/lib/i18n/locales';
import { currentUser } from '@/lib/server/auth';
import { cartCount } from '@/lib/server/cart';
import { pageVariant } from '@/lib/server/page-variant';

import { CartCountProvider } from './cart-count';
import { ClientMessages } from './client-messages';

import { SiteFooter } from './site-footer';
import { SiteHeader, type HeaderUser } from './site-header';

/**
 * Geist, as the `geist` package has it, cut down by `npm run fonts` to the letters the shop's two
 * languages use (Latin and Cyrillic) and the weights its styles name (400 to 700): 28 KB instead of
 * 70 KB, preloaded by every page, which a phone on a slow link downloads before the first image.
 */
const geistSans = localFont({
  src: '../../fonts/geist-latin-cyrillic.woff2',
  variable: '--font-geist-sans',
  weight: '400 700',
});

/**
 * The document around every page: <html lang>, skip link, header with the cart count, main
 * landmark, footer. The count and the user come from the visitor's session, or, when the page
 * server renders a catalog page for its cache, from the variant it asks for (docs/decisions/0004).
 */
export async function SiteChrome({ locale, children }: { locale: Locale; children: ReactNode }) {
  const [t, visitor] = await Promise.all([
    getTranslations({ locale, namespace: 'Layout' }),
    headerVisitor(),
  ]);
  const { count, user } = visitor;
  return (
    <html lang={locale} className={geistSans.variable}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-stone-900 antialiased">
        <ClientMessages locale={locale}>
          <CartCountProvider count={count}>
            <a
              href="#main"
              className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
            >
              {t('skipToContent')}
            </a>
            <SiteHeader user={user ?? undefined} />
            <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
              {children}
            </main>
            <SiteFooter />
          </CartCountProvider>
        </ClientMessages>
      </body>
    </html>
  );
}

async function headerVisitor(): Promise<{ count: number; user: HeaderUser | null }> {
  const variant = await pageVariant();
  if (variant) return variant;
  const [count, user] = await Promise.all([cartCount(), currentUser()]);
  return { count, user: user ? { name: user.name, isStaff: user.isStaff } : null };
}
