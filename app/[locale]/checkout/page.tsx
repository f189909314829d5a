import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { localeParam } from '@/lib/i18n/locale-param';
import { Link, redirect } from '@/lib/i18n/navigation';
import { cartFromSession, priceCart, priceHoldHours } from '@/lib/server/cart';
import { checkoutProblem, maxOrderTotal } from '@/lib/server/checkout';
import { sessionCoupon } from '@/lib/server/coupons';
import { readSession } from '@/lib/server/session';
import { formatPrice, shopCurrency } from '@/lib/server/shop';
import { cartDiscount } from '@/lib/domain/coupons';

import { CheckoutForm } from './_components/checkout-form';

type Props = PageProps<'/[locale]/checkout'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Checkout' });
  return { title: t('title'), description: t('metaDescription'), robots: { index: false } };
}

export default async function CheckoutPage({ params }: Props) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  const session = await readSession();
  const cart = await priceCart(cartFromSession(session), locale);
  const problem = checkoutProblem(cart);
  // The cart page says what is wrong; a total too high to pay is said on the form, which is kept
  // filled in after a refused post (without JavaScript this page renders it again).
  if (problem === 'CART_EMPTY' || problem === 'CART_UNAVAILABLE') {
    const checkout = problem === 'CART_EMPTY' ? 'empty' : 'unavailable';
    redirect({ href: `/cart?checkout=${checkout}`, locale });
  }
  const t = await getTranslations('Checkout');
  const tc = await getTranslations('Coupon');
  const tcart = await getTranslations('Cart');
  const coupon = await sessionCoupon(session, cart.subtotal);
  const amounts = cartDiscount(coupon, cart.subtotal, shopCurrency().digits);

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <div className="grid gap-8 md:grid-cols-[3fr_2fr]">
        <section aria-labelledby="checkout-details" className="flex flex-col gap-4">
          <h2 id="checkout-details" className="text-lg font-semibold">
            {t('yourDetails')}
          </h2>
          <CheckoutForm
            cartToken={session.cartToken}
            maxTotal={formatPrice(maxOrderTotal(), locale)}
            totalTooHigh={problem === 'TOTAL_TOO_HIGH'}
          />
        </section>
        <section
          aria-labelledby="checkout-summary"
          className="flex flex-col gap-3 rounded-lg bg-stone-50 p-4"
        >
          <h2 id="checkout-summary" className="text-lg font-semibold">
            {t('summary')}
          </h2>
          <ul className="flex flex-col gap-2 text-sm">
            {cart.lines.map((line) => (
              <li key={line.productId} className="flex justify-between gap-3">
                <span>
                  {line.name}
                  <span className="block text-stone-700">
                    {t('quantityTimes', {
                      quantity: line.quantity,
                      price: formatPrice(line.price, locale),
                    })}
                  </span>
                  {line.repricedFrom !== undefined && (
                    <span className="block text-amber-800">
                      {tcart('priceRepriced', {
                        price: formatPrice(line.price, locale),
                        cartPrice: formatPrice(line.repricedFrom, locale),
                        hours: priceHoldHours(),
                      })}
                    </span>
                  )}
                </span>
                <span className="font-medium">{formatPrice(line.total, locale)}</span>
              </li>
            ))}
          </ul>
          {coupon && (
            <>
              <p className="flex justify-between border-t border-stone-300 pt-2">
                <span>{tc('subtotal')}</span>
                <span>{formatPrice(cart.subtotal, locale)}</span>
              </p>
              {amounts.applies ? (
                <p className="flex justify-between">
                  <span>{tc('line', { code: coupon.code })}</span>
                  <span>−{formatPrice(amounts.discount, locale)}</span>
                </p>
              ) : (
                <p className="text-sm text-amber-900">
                  {tc('notApplied', {
                    code: coupon.code,
                    reason:
                      coupon.problem && coupon.problem !== 'COUPON_BELOW_MINIMUM'
                        ? tc(`errors.${coupon.problem}`)
                        : tc('errors.COUPON_BELOW_MINIMUM', {
                            min: formatPrice(coupon.minSubtotal ?? '0', locale),
                          }),
                  })}
                </p>
              )}
            </>
          )}
          <p className="flex justify-between border-t border-stone-300 pt-2 font-semibold">
            <span>{t('total')}</span>
            <span>{formatPrice(amounts.total, locale)}</span>
          </p>
          <Link href="/cart" className="text-sm text-brand-700 underline">
            {t('backToCart')}
          </Link>
        </section>
      </div>
    </div>
  );
}
