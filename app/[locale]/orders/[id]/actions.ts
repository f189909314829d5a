'use server';

import { redirect as redirectToAddress } from 'next/navigation';
import { getLocale } from 'next-intl/server';

import { redirect } from '@/lib/i18n/navigation';
import { paymentAddress } from '@/lib/server/payments/start-payment';
import { visibleOrder } from '@/lib/server/payments/visible-order';
import { formFields } from '@/lib/validation/form';

/** The order page's (and the canceled page's) Pay button: on to Stripe or the payment page. */
export async function startPaymentAction(formData: FormData): Promise<void> {
  const locale = await getLocale();
  const order = await visibleOrder(formFields(formData).orderId);
  if (!order) redirect({ href: '/not-found', locale });
  redirectToAddress(await paymentAddress(order.id, locale));
}
