'use client';

import { useTranslations } from 'next-intl';
import { useOptimistic, useState } from 'react';

import { cartAmounts } from '@/lib/domain/cart-amounts';
import type { CartCoupon } from '@/lib/domain/coupons';
import { currencyDigits, formatMoney } from '@/lib/domain/money-format';
import { Link } from '@/lib/i18n/navigation';

import type { Locale } from '@/lib/i18n/locales';
import { cartPostPath } from '@/lib/validation/cart-post-path';

import { idleState, type CartActionState } from '../action-state';
import { clearCartAction } from '../actions';
import { useCartCount } from '../../_components/cart-count';
import { SubmitButton } from '../../_components/submit-button';
import { useProgressiveAction } from '../../_components/use-progressive-action';
import type { CartViewLine, LineChange } from './cart-lines';
import { CartRow } from './cart-row';
import { CouponForm, CouponLine, type ViewCoupon } from './coupon-section';

function applyChange(lines: CartViewLine[], change: LineChange): CartViewLine[] {
  if (change.type === 'clear') return [];
  if (change.type === 'remove' || change.quantity === 0) {
    return lines.filter((line) => line.productId !== change.productId);
  }
  return lines.map((line) =>
    line.productId === change.productId ? { ...line, quantity: change.quantity } : line,
  );
}

export function CartView({
  lines,
  currency,
  locale,
  maxQuantity,
  holdHours,
  refused,
  coupon,
  notice,
}: {
  lines: CartViewLine[];
  currency: string;
  locale: Locale;
  maxQuantity: number;
  /** CART_PRICE_HOLD_HOURS, for the notice on a line whose hold has run out. */
  holdHours: number;
  /** A line's change refused after a form post without JavaScript (see cart/page.tsx). */
  refused?: CartActionState;
  coupon?: CartCoupon;
  /** What a form post without JavaScript just changed (see cart/done-notice.ts). */
  notice?: string;
}) {
  const t = useTranslations('Cart');
  const tc = useTranslations('Coupon');
  const [optimisticCoupon, changeCoupon] = useOptimistic<
    ViewCoupon | undefined,
    ViewCoupon | undefined
  >(coupon, (_current, next) => next);
  const { count, adjust } = useCartCount();
  const [optimisticLines, change] = useOptimistic(lines, applyChange);
  const [announcement, setAnnouncement] = useState(notice ?? '');
  const announce = (message: string | undefined) => setAnnouncement(message ?? '');
  const [, , clearForm] = useProgressiveAction(clearCartAction, idleState, {
    permalink: cartPostPath(locale, 'clear'),
    optimistic: () => {
      change({ type: 'clear' });
      adjust(-count);
    },
    done: (state) => announce(state.message),
  });
  const digits = currencyDigits(currency);
  const money = (amount: string) => formatMoney(amount, currency, locale);
  const hasUnavailable = optimisticLines.some((line) => !line.available);
  // The same amounts as the order's (lib/domain/coupons.ts), so they change with the quantities.
  const amounts = cartAmounts(
    optimisticLines,
    optimisticCoupon?.pending ? undefined : optimisticCoupon,
    digits,
  );

  return (
    <div className="flex flex-col gap-6">
      <p role="status" className="min-h-6 text-sm font-medium text-brand-800">
        {announcement}
      </p>
      {optimisticLines.length === 0 ? (
        <EmptyCart />
      ) : (
        <>
          <ul className="flex flex-col divide-y divide-stone-200 border-y border-stone-200">
            {optimisticLines.map((line, index) => (
              <CartRow
                key={line.productId}
                line={line}
                total={money(amounts.lineTotals[index]!)}
                money={money}
                maxQuantity={maxQuantity}
                holdHours={holdHours}
                change={change}
                announce={announce}
                refused={refused?.productId === line.productId ? refused : undefined}
              />
            ))}
          </ul>
          <div className="flex flex-col items-end gap-3">
            <p className="text-lg">
              {t('subtotal')}: <strong>{money(amounts.subtotal)}</strong>
            </p>
            {optimisticCoupon && (
              <>
                <CouponLine
                  coupon={optimisticCoupon}
                  discount={amounts.discount}
                  applies={amounts.applies}
                  money={money}
                  change={changeCoupon}
                  announce={announce}
                />
                <p className="text-lg">
                  {tc('total')}: <strong>{money(amounts.total)}</strong>
                </p>
              </>
            )}
            <CouponForm change={changeCoupon} announce={announce} />
            {hasUnavailable ? (
              <p className="text-sm text-red-800">{t('cannotCheckout')}</p>
            ) : (
              <Link
                href="/checkout"
                className="rounded bg-brand-700 px-6 py-3 font-medium text-white hover:bg-brand-800"
              >
                {t('checkout')}
              </Link>
            )}
            <form {...clearForm}>
              <SubmitButton className="text-sm text-stone-700 underline hover:text-stone-900">
                {t('clear')}
              </SubmitButton>
            </form>
          </div>
        </>
      )}
    </div>
  );
}

/** The empty cart; `notice`, on the page itself, says what emptied it (see cart/done-notice.ts). */
export function EmptyCart({ notice }: { notice?: string }) {
  const t = useTranslations('Cart');
  return (
    <div className="flex flex-col items-start gap-3">
      {notice && (
        <p role="status" className="text-sm font-medium text-brand-800">
          {notice}
        </p>
      )}
      <p>{t('empty')}</p>
      <Link href="/" className="text-brand-700 underline">
        {t('continueShopping')}
      </Link>
    </div>
  );
}
