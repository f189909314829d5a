'use server';

import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';

import { paymentAddress } from '@/lib/server/payments/start-payment';
import { visibleOrder } from '@/lib/server/payments/visible-order';
import { formFields } from '@/lib/validation/form';

/** The order page's (and the canceled page's) Pay button: on to Stripe or the payment page. */
export async function startPaymentAction(formData: FormData): Promise<void> {
  const locale = await getLocale();
  const order = await visibleOrder(formFields(formData).orderId);
  if (!order) redirect(`/${locale}/not-found`);
  redirect(await paymentAddress(order.id, locale));
}
