import 'server-only';

import { getTranslations } from 'next-intl/server';

import type { CouponProblem } from '../domain/coupons';
import type { Money } from '../domain/money';
import type { Locale } from '../i18n/locales';
import { formatPrice } from './shop';

/** Why a code does not apply, in the visitor's language. */
export async function couponMessage(
  code: CouponProblem | 'CODE_MISSING',
  locale: Locale,
  minSubtotal?: Money,
): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'Coupon.errors' });
  if (code === 'COUPON_BELOW_MINIMUM') {
    return t(code, { min: formatPrice(minSubtotal ?? '0', locale) });
  }
  return t(code);
}
