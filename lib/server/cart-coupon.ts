import 'server-only';

import type { CouponProblem } from '../domain/coupons';
import type { Locale } from '../i18n/locales';
import { cartFromSession, priceCart, type SessionIO } from './cart-core';
import { checkCoupon, findCoupon } from './coupons';

export type ApplyCouponResult = { ok: true; code: string } | { ok: false; code: CouponProblem };

/**
 * Applies a code to the session's cart when it applies now; otherwise nothing changes and the
 * reason is returned. Only the code's key goes into the session: what it takes off is read from
 * the database every time, so a coupon changed or ended since is never applied as it was.
 */
export async function applyCoupon(
  text: string,
  locale: Locale,
  io: SessionIO,
): Promise<ApplyCouponResult> {
  const session = await io.read();
  const cart = await priceCart(cartFromSession(session), locale);
  const check = checkCoupon(await findCoupon(text), cart.subtotal);
  if (!check.ok) return { ok: false, code: check.code };
  await io.write({ ...session, coupon: check.coupon.codeKey });
  return { ok: true, code: check.coupon.code };
}

/** Takes the coupon off the cart; returns the code it had, if any. */
export async function removeCoupon(io: SessionIO): Promise<string | undefined> {
  const { coupon, ...rest } = await io.read();
  if (coupon !== undefined) await io.write(rest);
  return coupon;
}
