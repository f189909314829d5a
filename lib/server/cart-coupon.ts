import 'server-only';

import type { CouponProblem } from '../domain/coupons';
import type { Money } from '../domain/money';
import type { Locale } from '../i18n/locales';
import { cartFromSession, priceCart } from './cart';
import { checkCoupon, findCoupon } from './coupons';
import { readSession, writeSession } from './session';

export type ApplyCouponResult =
  { ok: true; code: string } | { ok: false; code: CouponProblem; minSubtotal?: Money };

/**
 * Applies a code to the session's cart when it applies now; otherwise nothing changes and the
 * reason is returned. Only the code's key goes into the session: what it takes off is read from
 * the database every time, so a coupon changed or ended since is never applied as it was.
 */
export async function applyCoupon(text: string, locale: Locale): Promise<ApplyCouponResult> {
  const session = await readSession();
  const cart = await priceCart(cartFromSession(session), locale);
  const coupon = await findCoupon(text);
  const check = checkCoupon(coupon, cart.subtotal);
  if (!check.ok) return check;
  await writeSession({ ...session, coupon: check.coupon.codeKey });
  return { ok: true, code: check.coupon.code };
}

/** Takes the coupon off the cart; returns the code it had, if any. */
export async function removeCoupon(): Promise<string | undefined> {
  const { coupon, ...rest } = await readSession();
  if (coupon !== undefined) await writeSession(rest);
  return coupon;
}
