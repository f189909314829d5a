import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { dateFormat } from '@/lib/domain/date-format';
import { localeParam } from '@/lib/i18n/locale-param';
import { Link } from '@/lib/i18n/navigation';
import { findAdminCoupon, ordersWithCoupon } from '@/lib/server/admin/coupons';
import { requireStaff } from '@/lib/server/auth';
import { formatPrice, moneyFromMinor, shopCurrency } from '@/lib/server/shop';
import { fromMinor } from '@/lib/domain/money';
import { formDays } from '@/lib/validation/admin-coupon';
import { parseId } from '@/lib/validation/id';

import { SubmitButton } from '../../../_components/submit-button';
import { deleteCouponAction, toggleCouponAction } from '../actions';
import { CouponForm } from '../_components/coupon-form';
import { couponSummary } from '../_components/coupon-summary';

import { Notice } from '../../_components/list-parts';

type Props = PageProps<'/[locale]/admin/coupons/[id]'>;

async function coupon(id: string) {
  const couponId = parseId(id);
  return couponId === undefined ? undefined : findAdminCoupon(couponId);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, ...rest } = await params;
  const locale = localeParam(rest.locale);
  const t = await getTranslations({ locale, namespace: 'Admin.coupons' });
  return { title: t('editTitle', { code: (await coupon(id))?.code ?? id }) };
}

export default async function EditCouponPage({ params, searchParams }: Props) {
  const { id, ...rest } = await params;
  const locale = localeParam(rest.locale);
  setRequestLocale(locale);
  await requireStaff(locale, `/admin/coupons/${id}`);
  const found = await coupon(id);
  if (!found) notFound();
  const t = await getTranslations('Admin.coupons');
  const search = await searchParams;
  const summary = await couponSummary(found, locale);
  const used = await ordersWithCoupon(found.id);
  const { digits } = shopCurrency();
  const money = (minor: number) => formatPrice(moneyFromMinor(minor), locale);
  const date = dateFormat(locale, 'adminDateTime');
  const defaults = {
    code: found.code,
    kind: found.percentOff === null ? 'amount' : 'percent',
    percent: found.percentOff === null ? '' : String(found.percentOff),
    amount: found.amountOffMinor === null ? '' : fromMinor(found.amountOffMinor, digits),
    ...formDays(found.validFrom, found.validUntil),
    minSubtotal: found.minSubtotalMinor === null ? '' : fromMinor(found.minSubtotalMinor, digits),
    maxUses: found.maxUses === null ? '' : String(found.maxUses),
    active: found.active ? 'on' : '',
  };
  const cell = 'px-2 py-2';

  return (
    <div className="flex flex-col gap-5">
      <Link href="/admin/coupons" className="text-sm text-brand-700 underline">
        {t('back')}
      </Link>
      <h1 className="font-mono text-2xl font-bold break-words">
        {t('editTitle', { code: found.code })}
      </h1>
      {search.saved === '1' && <Notice>{t('saved')}</Notice>}
      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{t('columns.status')}</dt>
        <dd>{summary.status}</dd>
        <dt className="font-medium">{t('columns.discount')}</dt>
        <dd>
          {summary.discount}
          {summary.minimum && <> · {summary.minimum}</>}
        </dd>
        <dt className="font-medium">{t('columns.valid')}</dt>
        <dd>{summary.valid}</dd>
        <dt className="font-medium">{t('columns.uses')}</dt>
        <dd>{summary.uses}</dd>
      </dl>
      <form action={toggleCouponAction}>
        <input type="hidden" name="id" value={found.id} />
        {!found.active && <input type="hidden" name="active" value="on" />}
        <SubmitButton
          pendingLabel={t('toggling')}
          className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50"
        >
          {found.active ? t('deactivate') : t('activate')}
        </SubmitButton>
      </form>
      <CouponForm id={found.id} defaults={defaults} />
      <section aria-labelledby="coupon-orders" className="flex flex-col gap-2">
        <h2 id="coupon-orders" className="text-lg font-semibold">
          {t('orders')}
        </h2>
        <p className="text-sm">
          {t('ordersCount', { total: used.total })}
          {used.total > used.rows.length && <> {t('ordersShown', { count: used.rows.length })}</>}
        </p>
        {used.rows.length > 0 && (
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className={cell}>
                  {t('orderColumns.id')}
                </th>
                <th scope="col" className={cell}>
                  {t('orderColumns.customer')}
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  {t('orderColumns.discount')}
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  {t('orderColumns.total')}
                </th>
                <th scope="col" className={cell}>
                  {t('orderColumns.paid')}
                </th>
                <th scope="col" className={`${cell} hidden sm:table-cell`}>
                  {t('orderColumns.created')}
                </th>
              </tr>
            </thead>
            <tbody>
              {used.rows.map((order) => (
                <tr key={order.id} className="border-b border-stone-200">
                  <td className={cell}>
                    <Link href={`/admin/orders/${order.id}`} className="text-brand-700 underline">
                      {order.id}
                    </Link>
                  </td>
                  <td className={cell}>
                    {order.firstName} {order.lastName}
                  </td>
                  <td className={`${cell} text-right`}>−{money(order.discountMinor)}</td>
                  <td className={`${cell} text-right`}>{money(order.totalMinor)}</td>
                  <td className={cell}>{order.paid ? t('yes') : t('no')}</td>
                  <td className={`${cell} hidden sm:table-cell`}>{date.format(order.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <form
        action={deleteCouponAction}
        className="flex flex-col items-start gap-2 border-t border-stone-200 pt-5"
      >
        <input type="hidden" name="id" value={found.id} />
        {search.refused === '1' && (
          <p role="alert" className="text-sm text-red-800">
            {t('deleteUsed')}
          </p>
        )}
        <SubmitButton
          pendingLabel={t('deleting')}
          className="rounded border border-red-700 px-4 py-2 font-medium text-red-800 hover:bg-red-50"
        >
          {t('delete')}
        </SubmitButton>
      </form>
    </div>
  );
}
