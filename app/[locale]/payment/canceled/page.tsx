import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { localeParam } from '@/lib/i18n/locale-param';
import { Link } from '@/lib/i18n/navigation';
import { visibleOrder } from '@/lib/server/payments/visible-order';

import { PayButton } from '../../orders/[id]/_components/pay-button';

type Props = PageProps<'/[locale]/payment/canceled'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Payment' });
  return { title: t('canceled.title'), robots: { index: false } };
}

/** Where Stripe sends a shopper who goes back instead of paying: the order waits, unpaid. */
export default async function PaymentCanceledPage({ params, searchParams }: Props) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  const { order: id } = await searchParams;
  const order = await visibleOrder(typeof id === 'string' ? id : undefined);
  if (!order) notFound();
  const t = await getTranslations('Payment');

  return (
    <article className="mx-auto flex max-w-xl flex-col items-start gap-4">
      <h1 className="text-2xl font-bold">{t('canceled.title')}</h1>
      {order.paid ? (
        <p role="status">{t('alreadyPaid')}</p>
      ) : (
        <>
          <p role="status">{t('canceled.body', { id: order.id })}</p>
          <PayButton orderId={order.id} label={t('canceled.tryAgain')} />
        </>
      )}
      <Link href={`/orders/${order.id}`} className="text-brand-700 underline">
        {t('viewOrder')}
      </Link>
    </article>
  );
}
