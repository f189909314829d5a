import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { localeParam } from '@/lib/i18n/locale-param';
import { Link } from '@/lib/i18n/navigation';
import { stripeClient } from '@/lib/server/payments/stripe-checkout';
import { visibleOrder } from '@/lib/server/payments/visible-order';
import { formatPrice, moneyFromMinor } from '@/lib/server/shop';
import { paymentEnv } from '@/lib/validation/payment-env';
import { dateFormat } from '@/lib/domain/date-format';

import { PayButton } from '../_components/pay-button';
import { CardForm } from './_components/card-form';
import { TestCardList } from './_components/test-card-list';

type Props = PageProps<'/[locale]/orders/[id]/pay'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, ...rest } = await params;
  const locale = localeParam(rest.locale);
  const t = await getTranslations({ locale, namespace: 'Payment' });
  return { title: t('title', { id }), description: t('metaDescription'), robots: { index: false } };
}

export default async function PayPage({ params, searchParams }: Props) {
  const { id, ...rest } = await params;
  const locale = localeParam(rest.locale);
  setRequestLocale(locale);
  // The proxy has already answered strangers with a 404; this is the safety net.
  const order = await visibleOrder(id);
  if (!order) notFound();
  const { failed } = await searchParams;
  const t = await getTranslations('Payment');
  const total = formatPrice(moneyFromMinor(order.totalMinor), locale);
  const date = dateFormat(locale, 'dateTime');
  const testGateway = paymentEnv().testGateway;

  return (
    <article className="mx-auto flex max-w-xl flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('title', { id: order.id })}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 text-sm">
        <dt className="font-medium">{t('amountDue')}</dt>
        <dd className="font-semibold">{total}</dd>
      </dl>
      {order.paid ? (
        <div role="status" className="flex flex-col gap-2 rounded border border-brand-600 p-4">
          <p className="font-medium">{t('alreadyPaid')}</p>
          {order.paidAt && (
            <p className="text-sm">
              {t('paidOn', { id: order.id, date: date.format(order.paidAt) })}
            </p>
          )}
        </div>
      ) : stripeClient() ? (
        <div className="flex flex-col items-start gap-3">
          <p>{t('stripeIntro')}</p>
          <PayButton orderId={order.id} label={t('payWithStripe', { total })} />
        </div>
      ) : testGateway ? (
        <>
          <TestCardList />
          {(failed === 'authentication' || failed === 'expired') && (
            <p
              role="alert"
              className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900"
            >
              {t(failed === 'expired' ? 'authenticate.expired' : 'authenticationFailed')}
            </p>
          )}
          <CardForm orderId={order.id} total={total} />
        </>
      ) : (
        <p role="status">{t('unavailable')}</p>
      )}
      <Link href={`/orders/${order.id}`} className="text-brand-700 underline">
        {t('viewOrder')}
      </Link>
    </article>
  );
}
