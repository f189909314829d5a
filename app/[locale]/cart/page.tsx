import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { localeParam } from '@/lib/i18n/locale-param';
import { cartFromSession, cartLimits, priceCart, priceHoldHours } from '@/lib/server/cart';
import { sessionCoupon } from '@/lib/server/coupons';
import { readSession } from '@/lib/server/session';
import { shopCurrency } from '@/lib/server/shop';

import { CartRecommendations } from './_components/cart-recommendations';
import { CartView, EmptyCart } from './_components/cart-view';
import { doneNotice } from './done-notice';
import { refusedChange } from './refused-change';

export async function generateMetadata({ params }: PageProps<'/[locale]/cart'>): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Cart' });
  return { title: t('title'), description: t('metaDescription'), robots: { index: false } };
}

export default async function CartPage({ params, searchParams }: PageProps<'/[locale]/cart'>) {
  const locale = localeParam((await params).locale);
  const query = await searchParams;
  // Set when the checkout sent the shopper back here.
  const { checkout } = query;
  setRequestLocale(locale);
  const t = await getTranslations('Cart');
  const session = await readSession();
  const cart = await priceCart(cartFromSession(session), locale);
  const refusal = await refusedChange(query);
  // What a form post without JavaScript changed, said in the status line.
  const notice = await doneNotice(
    query,
    locale,
    new Map(cart.lines.map((line) => [line.productId, line.name])),
  );
  // Told next to its line; above the cart when it is about no line the cart has.
  const refused =
    refusal && cart.lines.some((line) => line.productId === refusal.productId)
      ? refusal
      : refusal && { status: refusal.status, message: refusal.message };

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      {(checkout === 'empty' || checkout === 'unavailable') && (
        <p
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900"
        >
          {t(checkout === 'empty' ? 'checkoutEmpty' : 'checkoutUnavailable')}
        </p>
      )}
      {refused && refused.productId === undefined && (
        <p
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900"
        >
          {refused.message}
        </p>
      )}
      {cart.removedCount > 0 && (
        <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {t('removedNotice', { count: cart.removedCount })}
        </p>
      )}
      {cart.lines.length === 0 ? (
        <EmptyCart notice={notice} />
      ) : (
        <CartView
          lines={cart.lines.map(({ total: _total, ...line }) => line)}
          currency={shopCurrency().code}
          locale={locale}
          maxQuantity={cartLimits().maxQuantity}
          holdHours={priceHoldHours()}
          refused={refused?.productId === undefined ? undefined : refused}
          notice={notice}
          coupon={await sessionCoupon(session, cart.subtotal)}
        />
      )}
      <CartRecommendations productIds={cart.lines.map((line) => line.productId)} locale={locale} />
    </div>
  );
}
