import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { localeParam } from '@/lib/i18n/locale-param';
import { Link } from '@/lib/i18n/navigation';
import { visibleOrder } from '@/lib/server/payments/visible-order';
import { dateFormat } from '@/lib/domain/date-format';

import { OrderItemsTable } from '../../_components/order-items-table';
import { PayButton } from './_components/pay-button';

type Props = PageProps<'/[locale]/orders/[id]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, ...rest } = await params;
  const locale = localeParam(rest.locale);
  const t = await getTranslations({ locale, namespace: 'Order' });
  return { title: t('title', { id }), description: t('metaDescription'), robots: { index: false } };
}

export default async function OrderPage({ params, searchParams }: Props) {
  const { id, ...rest } = await params;
  const paymentFailed = (await searchParams).payment === 'failed';
  const locale = localeParam(rest.locale);
  setRequestLocale(locale);
  // The proxy has already answered strangers with a 404 (orderVisibleTo); this is the safety net.
  const order = await visibleOrder(id);
  if (!order) notFound();
  const t = await getTranslations('Order');
  const tPayment = await getTranslations('Payment');
  const date = dateFormat(locale, 'dateTime');

  return (
    <article className="mx-auto flex max-w-3xl flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t('title', { id: order.id })}</h1>
        <p className="text-brand-800">{t('thanks', { name: order.firstName })}</p>
      </header>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
        <dt className="font-medium">{t('number')}</dt>
        <dd>{order.id}</dd>
        <dt className="font-medium">{t('date')}</dt>
        <dd>{date.format(order.createdAt)}</dd>
        <dt className="font-medium">{t('status')}</dt>
        <dd className={order.paid ? 'text-brand-700' : 'text-amber-800'}>
          {order.paid && order.paidAt
            ? t('paidOn', { date: date.format(order.paidAt) })
            : order.paid
              ? t('paid')
              : t('unpaid')}
        </dd>
      </dl>
      {!order.paid && (
        <section aria-label={t('pay')} className="flex flex-col items-start gap-3">
          {paymentFailed && (
            <p
              role="alert"
              className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900"
            >
              {tPayment('startFailed')}
            </p>
          )}
          <PayButton orderId={order.id} />
        </section>
      )}
      <section aria-labelledby="order-items">
        <h2 id="order-items" className="mb-2 text-lg font-semibold">
          {t('items')}
        </h2>
        <OrderItemsTable
          order={order}
          locale={locale}
          labels={{
            product: t('product'),
            quantity: t('quantity'),
            unitPrice: t('unitPrice'),
            lineTotal: t('lineTotal'),
            total: t('total'),
            subtotal: t('subtotal'),
            discount: (code) => t('discount', { code }),
          }}
        />
      </section>
      <section aria-labelledby="order-address" className="text-sm">
        <h2 id="order-address" className="mb-1 text-lg font-semibold">
          {t('deliverTo')}
        </h2>
        <address className="not-italic">
          {order.firstName} {order.lastName}
          <br />
          {order.address}
          <br />
          {order.postalCode} {order.city}
          <br />
          {order.email}
        </address>
      </section>
      <Link href="/" className="text-brand-700 underline">
        {t('continueShopping')}
      </Link>
    </article>
  );
}
