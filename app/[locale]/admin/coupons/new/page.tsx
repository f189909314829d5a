import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { localeParam } from '@/lib/i18n/locale-param';
import { Link } from '@/lib/i18n/navigation';
import { requireStaff } from '@/lib/server/auth';
import { formDays } from '@/lib/validation/admin-coupon';

import { CouponForm } from '../_components/coupon-form';

type Props = PageProps<'/[locale]/admin/coupons/new'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Admin.coupons' });
  return { title: t('newTitle') };
}

const DAY_MS = 24 * 3600 * 1000;

export default async function NewCouponPage({ params }: Props) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  await requireStaff(locale, '/admin/coupons/new');
  const t = await getTranslations('Admin.coupons');
  // From today for 30 days, active: what a new coupon most often is.
  const today = new Date(new Date().toISOString().slice(0, 10));
  const days = formDays(today, new Date(today.getTime() + 31 * DAY_MS));
  return (
    <div className="flex flex-col gap-5">
      <Link href="/admin/coupons" className="text-sm text-brand-700 underline">
        {t('back')}
      </Link>
      <h1 className="text-2xl font-bold">{t('newTitle')}</h1>
      <CouponForm defaults={{ kind: 'percent', active: 'on', ...days }} />
    </div>
  );
}
