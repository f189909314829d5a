'use server';

import { refresh } from 'next/cache';
import { redirect as redirectToAddress } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';

import { retryMinutes } from '@/lib/domain/rate-limit';
import { redirect } from '@/lib/i18n/navigation';
import { clientAddress } from '@/lib/server/client-address';
import { couponMessage } from '@/lib/server/coupon-messages';
import { placeOrder } from '@/lib/server/checkout';
import { paymentAddress } from '@/lib/server/payments/start-payment';
import { readSession, writeSession } from '@/lib/server/session';
import { formFields, pickFields } from '@/lib/validation/form';
import { checkoutFields, parseCheckout } from '@/lib/validation/checkout';

import type { CheckoutState } from './form-state';

export async function placeOrderAction(
  _previous: CheckoutState,
  formData: FormData,
): Promise<CheckoutState> {
  const fields = formFields(formData);
  const values = pickFields(fields, checkoutFields);
  const parsed = parseCheckout(values);
  if (!parsed.ok) return { errors: parsed.errors, values };

  const locale = await getLocale();
  const posted = fields.cartToken;
  const token = posted && /^[A-Za-z0-9_-]{22}$/.test(posted) ? posted : undefined;
  const session = await readSession();
  const result = await placeOrder(session, parsed.data, locale, token, await clientAddress());
  if (!result.ok && result.code === 'TOO_MANY_ORDERS') {
    // Nothing was written: the form stays filled in, to be sent again later.
    return { problem: 'tooMany', minutes: retryMinutes(result.retryAfterMs), values };
  }
  if (!result.ok && result.code === 'COUPON_REFUSED') {
    // The coupon changed since it was applied: no order, the coupon leaves the session, and the
    // form stays filled in above a summary brought up to date, so the shopper can place it again.
    await writeSession(result.session);
    refresh();
    const t = await getTranslations('Coupon');
    const reason = await couponMessage(result.coupon, locale, result.minSubtotal);
    return {
      problem: 'coupon',
      message: t('checkoutRefused', { code: session.coupon ?? '', reason }),
      values,
    };
  }
  if (!result.ok && result.code === 'TOTAL_TOO_HIGH') {
    // A total no payment could settle (the cart grew in another tab): the form stays, filled in,
    // and the summary is brought up to date, so the shopper can lighten the cart and send it again.
    refresh();
    return { problem: 'totalTooHigh', values };
  }
  if (!result.ok) {
    const checkout = result.code === 'CART_EMPTY' ? 'empty' : 'unavailable';
    redirect({ href: `/cart?checkout=${checkout}`, locale });
  }
  // Only now, with the order committed, is the cart emptied.
  await writeSession(result.session);
  // Nothing to pay (a 100 % coupon): the order is paid already.
  if (result.paid) redirect({ href: `/orders/${result.orderId}`, locale });
  // Straight on to payment: Stripe's page, or the shop's own payment page.
  redirectToAddress(await paymentAddress(result.orderId, locale));
}
