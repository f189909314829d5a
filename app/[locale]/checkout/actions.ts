'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';

import { placeOrder } from '@/lib/server/checkout';
import { paymentAddress } from '@/lib/server/payments/start-payment';
import { readSession, writeSession } from '@/lib/server/session';
import { formFields } from '@/lib/validation/cart-forms';
import { checkoutFields, parseCheckout } from '@/lib/validation/checkout';

import type { CheckoutState } from './form-state';

export async function placeOrderAction(
  _previous: CheckoutState,
  formData: FormData,
): Promise<CheckoutState> {
  const fields = formFields(formData);
  const values = Object.fromEntries(checkoutFields.map((field) => [field, fields[field] ?? '']));
  const parsed = parseCheckout(values);
  if (!parsed.ok) return { errors: parsed.errors, values };

  const locale = await getLocale();
  const posted = fields.cartToken;
  const token = posted && /^[A-Za-z0-9_-]{22}$/.test(posted) ? posted : undefined;
  const result = placeOrder(await readSession(), parsed.data, locale, token);
  if (!result.ok && result.code === 'TOTAL_TOO_HIGH') {
    // A total no payment could settle (the cart grew in another tab): the form stays, filled in,
    // and the summary is brought up to date, so the shopper can lighten the cart and send it again.
    refresh();
    return { problem: 'totalTooHigh', values };
  }
  if (!result.ok) {
    redirect(`/${locale}/cart?checkout=${result.code === 'CART_EMPTY' ? 'empty' : 'unavailable'}`);
  }
  // Only now, with the order committed, is the cart emptied.
  await writeSession(result.session);
  // Straight on to payment: Stripe's page, or the shop's own payment page.
  redirect(await paymentAddress(result.orderId, locale));
}
