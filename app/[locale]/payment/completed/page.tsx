import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { localeParam } from '@/lib/i18n/locale-param';
import { Link } from '@/lib/i18n/navigation';
import { visibleOrder } from '@/lib/server/payments/visible-order';
import { dateFormat } from '@/lib/domain/date-format';

type Props = PageProps<'/[locale]/payment/completed'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Payment' });
  return { title: t('completed.title'), robots: { index: false } };
}

/**
 * Where both gateways send the shopper after paying. With Stripe the webhook may come a moment
 * after the shopper does, so an unpaid order here is "being confirmed", not a failure.
 */
export default async function PaymentCompletedPage({ params, searchParams }: Props) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  const { order: id } = await searchParams;
  const order = await visibleOrder(typeof id === 'string' ? id : undefined);
  if (!order) notFound();
  const t = await getTranslations('Payment');
  const date = dateFormat(locale, 'dateTime');

  return (
    <article className="mx-auto flex max-w-xl flex-col gap-4">
      <h1 className="text-2xl font-bold">
        {order.paid ? t('completed.title') : t('completed.pendingTitle')}
      </h1>
      {order.paid ? (
        <div role="status" className="flex flex-col gap-2">
          <p className="text-brand-800">{t('completed.thanks', { id: order.id })}</p>
          {order.paidAt && <p>{t('paidOn', { id: order.id, date: date.format(order.paidAt) })}</p>}
          <p>{t('completed.invoice', { email: order.email })}</p>
        </div>
      ) : (
        <p role="status">{t('completed.pending', { id: order.id })}</p>
      )}
      <Link href={`/orders/${order.id}`} className="text-brand-700 underline">
        {t('viewOrder')}
      </Link>
    </article>
  );
}
