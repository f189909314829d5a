import { getTranslations } from 'next-intl/server';

import { SubmitButton } from '../../../_components/submit-button';
import { startPaymentAction } from '../actions';

/** A form, not a link: with Stripe, paying starts by creating a Checkout Session (a POST). */
export async function PayButton({ orderId, label }: { orderId: number; label?: string }) {
  const t = await getTranslations('Order');
  return (
    <form action={startPaymentAction}>
      <input type="hidden" name="orderId" value={orderId} />
      <SubmitButton
        pendingLabel={t('opening')}
        className="rounded bg-brand-700 px-6 py-3 font-medium text-white hover:bg-brand-800"
      >
        {label ?? t('pay')}
      </SubmitButton>
    </form>
  );
}
