import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { stripeDashboardUrl } from '@/lib/domain/payment-amount';
import { localeParam } from '@/lib/i18n/locale-param';
import { getPathname, Link } from '@/lib/i18n/navigation';
import { requireStaff } from '@/lib/server/auth';
import { findOrder } from '@/lib/server/orders';
import { parseId } from '@/lib/validation/id';
import { paymentEnv } from '@/lib/validation/payment-env';
import { dateFormat } from '@/lib/domain/date-format';

import { OrderItemsTable } from '../../../_components/order-items-table';

type Props = PageProps<'/[locale]/admin/orders/[id]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, ...rest } = await params;
  const locale = localeParam(rest.locale);
  const t = await getTranslations({ locale, namespace: 'Admin.order' });
  return { title: t('title', { id }) };
}

export default async function AdminOrderPage({ params }: Props) {
  const { id, ...rest } = await params;
  const locale = localeParam(rest.locale);
  setRequestLocale(locale);
  await requireStaff(locale, `/admin/orders/${id}`);
  const orderId = parseId(id);
  const order = orderId === undefined ? undefined : await findOrder(orderId);
  if (!order) notFound();
  const t = await getTranslations('Admin.order');
  const date = dateFormat(locale, 'adminDateTime');
  const stripe = order.paymentSource === 'stripe' && order.paymentId;

  return (
    <article className="flex max-w-3xl flex-col gap-6">
      <header className="flex flex-col gap-2">
        <Link href="/admin/orders" className="text-sm text-brand-700 underline">
          {t('back')}
        </Link>
        <h1 className="text-2xl font-bold">{t('title', { id: order.id })}</h1>
      </header>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{t('customer')}</dt>
        <dd className="break-words">
          <address className="not-italic">
            {order.firstName} {order.lastName}
            <br />
            <a href={`mailto:${order.email}`} className="text-brand-700 underline">
              {order.email}
            </a>
            <br />
            {order.address}, {order.postalCode} {order.city}
          </address>
        </dd>
        <dt className="font-medium">{t('created')}</dt>
        <dd>{date.format(order.createdAt)}</dd>
        <dt className="font-medium">{t('language')}</dt>
        <dd>{order.locale}</dd>
        <dt className="font-medium">{t('status')}</dt>
        <dd className={order.paid ? 'text-brand-700' : 'text-amber-800'}>
          {order.paid ? t('paid') : t('unpaid')}
          {order.paidAt && <> · {t('paidAt', { date: date.format(order.paidAt) })}</>}
        </dd>
        {order.couponId !== null && order.couponCode !== null && (
          <>
            <dt className="font-medium">{t('coupon')}</dt>
            <dd>
              <Link href={`/admin/coupons/${order.couponId}`} className="text-brand-700 underline">
                {order.couponCode}
              </Link>
            </dd>
          </>
        )}
        {order.paymentId && (
          <>
            <dt className="font-medium">{t('payment')}</dt>
            <dd className="break-all">
              {stripe ? (
                <a
                  href={stripeDashboardUrl(stripe, paymentEnv().STRIPE_SECRET_KEY)}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="text-brand-700 underline"
                >
                  {t('stripeLink', { id: stripe })}
                </a>
              ) : (
                order.paymentId
              )}
            </dd>
          </>
        )}
      </dl>
      <section aria-labelledby="admin-order-items">
        <h2 id="admin-order-items" className="mb-2 text-lg font-semibold">
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
            deletedProduct: t('deletedProduct'),
          }}
        />
      </section>
      <p>
        <a
          href={getPathname({ href: `/admin/orders/${order.id}/invoice`, locale })}
          download
          className="inline-block rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          {t('invoice')}
        </a>
      </p>
    </article>
  );
}
