import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { localeParam } from '@/lib/i18n/locale-param';
import { Link } from '@/lib/i18n/navigation';
import { ordersOfUser } from '@/lib/server/account-orders';
import { requireUser } from '@/lib/server/auth';
import { formatPrice, moneyFromMinor } from '@/lib/server/shop';
import { dateFormat } from '@/lib/domain/date-format';

type Props = PageProps<'/[locale]/account/orders'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Account' });
  return {
    title: t('ordersTitle'),
    description: t('ordersMetaDescription'),
    robots: { index: false },
  };
}

export default async function AccountOrdersPage({ params }: Props) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  const user = await requireUser(locale, '/account/orders');
  const [t, list] = await Promise.all([getTranslations('Account'), ordersOfUser(user.id)]);
  const date = dateFormat(locale, 'date');
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('ordersTitle')}</h1>
      {list.length === 0 ? (
        <p>{t('noOrders')}</p>
      ) : (
        // A list, not a table: four columns do not fit a 360px phone, and each order reads as a line.
        <ul className="flex flex-col divide-y divide-stone-200 border-y border-stone-200">
          {list.map((order) => (
            <li key={order.id} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 py-3">
              <Link href={`/orders/${order.id}`} className="font-medium text-brand-700 underline">
                {t('orderLink', { id: order.id })}
              </Link>
              <dl className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                <div className="flex gap-1">
                  <dt className="sr-only">{t('orderDate')}</dt>
                  <dd>{date.format(order.createdAt)}</dd>
                </div>
                <div className="flex gap-1">
                  <dt className="sr-only">{t('orderTotal')}</dt>
                  <dd>{formatPrice(moneyFromMinor(order.totalMinor), locale)}</dd>
                </div>
                {order.couponCode !== null && (
                  <div className="flex gap-1">
                    <dt>{t('orderDiscount', { code: order.couponCode })}:</dt>
                    <dd>−{formatPrice(moneyFromMinor(order.discountMinor), locale)}</dd>
                  </div>
                )}
                <div className="flex gap-1">
                  <dt className="sr-only">{t('orderStatus')}</dt>
                  <dd className={order.paid ? 'text-brand-700' : 'text-amber-800'}>
                    {order.paid ? t('paid') : t('unpaid')}
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <Link href="/account" className="text-brand-700 underline">
        {t('backToAccount')}
      </Link>
    </div>
  );
}
