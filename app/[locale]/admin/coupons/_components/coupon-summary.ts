import { getTranslations } from 'next-intl/server';

import { couponProblem } from '@/lib/domain/coupons';
import { dateFormat } from '@/lib/domain/date-format';
import type { Locale } from '@/lib/i18n/locales';
import { couponRule, type Coupon } from '@/lib/server/coupons';
import { formatPrice, moneyFromMinor, shopCurrency } from '@/lib/server/shop';

/** A coupon's discount, dates, uses and state as the admin list and page say them. */
export async function couponSummary(coupon: Coupon, locale: Locale, now = new Date()) {
  const t = await getTranslations({ locale, namespace: 'Admin.coupons' });
  const rule = couponRule(coupon, shopCurrency().digits);
  const day = dateFormat(locale, 'adminDate');
  const lastDay = new Date(coupon.validUntil.getTime() - 24 * 3600 * 1000);
  // Checked against a cart that reaches the minimum: what is left is the coupon's own state.
  const problem = couponProblem(rule, rule.minSubtotal ?? '0', now);
  const state =
    problem === undefined || problem === 'COUPON_BELOW_MINIMUM' || problem === 'COUPON_UNKNOWN'
      ? 'ACTIVE'
      : problem;
  return {
    discount:
      coupon.percentOff !== null
        ? t('percentOff', { percent: coupon.percentOff })
        : formatPrice(moneyFromMinor(coupon.amountOffMinor ?? 0), locale),
    minimum:
      rule.minSubtotal === null
        ? undefined
        : t('minimum', { min: formatPrice(rule.minSubtotal, locale) }),
    valid: t('validRange', {
      from: day.format(coupon.validFrom),
      to: day.format(lastDay),
    }),
    uses:
      coupon.maxUses === null
        ? String(coupon.uses)
        : t('usesOf', { uses: coupon.uses, max: coupon.maxUses }),
    status: t(`status.${state}`),
    activeNow: state === 'ACTIVE',
  };
}
