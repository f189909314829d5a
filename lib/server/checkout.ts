import 'server-only';

import { eq } from 'drizzle-orm';

import { getDb } from './database';
import { orderItems, orders, users } from '../../db/schema';
import { applyDiscount, type CouponProblem } from '../domain/coupons';
import { emailKey } from '../domain/email';
import { toMinor, type Money } from '../domain/money';
import { orderTotal } from '../domain/orders';
import { isPayableTotal, maxPayableTotal } from '../domain/payment-amount';
import type { Locale } from '../i18n/locales';
import type { CheckoutInput } from '../validation/checkout';
import type { SessionData } from '../validation/session';
import { cartFromSession, sessionWithCart, type PricedCart } from './cart';
import { priceCartIn } from './cart-core';
import { claimCoupon } from './coupons';
import { orderCharges, orderMailCharges } from './limits';
import { enqueueOrderConfirmation } from './mail/mail-jobs';
import { markOrderPaid } from './payments/mark-order-paid';
import { spendIn } from './rate-limit';
import { randomToken } from './session-cookie';
import { shopCurrency } from './shop';

const MAIL_LIMIT_NOTE =
  'its e-mail address has had ORDER_MAILS_PER_EMAIL_PER_HOUR confirmations within the hour.';

export type CheckoutProblem = 'CART_EMPTY' | 'CART_UNAVAILABLE' | 'TOTAL_TOO_HIGH';

export function checkoutProblem(cart: PricedCart): CheckoutProblem | undefined {
  if (cart.lines.length === 0) return 'CART_EMPTY';
  if (cart.hasUnavailable) return 'CART_UNAVAILABLE';
  // An order no payment could ever settle is not taken.
  if (!isPayableTotal(cart.subtotal, shopCurrency().code)) return 'TOTAL_TOO_HIGH';
  return undefined;
}

/** The largest order total the shop takes: what Stripe can charge at most. */
export function maxOrderTotal(): Money {
  const { code, digits } = shopCurrency();
  return maxPayableTotal(code, digits);
}

export type PlaceOrderResult =
  | { ok: true; orderId: number; session: SessionData; paid: boolean }
  | { ok: false; code: CheckoutProblem }
  // Too many orders from the address or for the e-mail lately: nothing is written.
  | { ok: false; code: 'TOO_MANY_ORDERS'; retryAfterMs: number }
  // The coupon no longer applies: nothing is written; the session to save has no coupon.
  | {
      ok: false;
      code: 'COUPON_REFUSED';
      coupon: CouponProblem;
      minSubtotal?: Money;
      session: SessionData;
    };

/**
 * Writes the order and its items, with the cart's prices, in one transaction. The cart's token
 * makes it idempotent: the same cart submitted again (double click, a second tab) returns the
 * order it already made. The returned session has an empty cart; the caller saves it only after
 * the transaction has committed.
 */
export async function placeOrder(
  session: SessionData,
  form: CheckoutInput,
  locale: Locale,
  // The cart token the checkout page was rendered with: a form posted again after its cart was
  // ordered (a second tab, a double click without JavaScript) finds that order.
  postedToken?: string,
  // The client address's key (lib/server/client-address.ts), for the limits; undefined if unknown.
  address?: string,
): Promise<PlaceOrderResult> {
  const sessionKey = session.key ?? randomToken();
  const cartToken = session.cartToken;
  const emptied: SessionData = { ...sessionWithCart(session, { lines: [] }), key: sessionKey };
  const lookupToken = postedToken ?? cartToken;
  const { digits } = shopCurrency();
  const db = getDb();

  return db.transaction(
    (tx) => {
      if (lookupToken) {
        const existing = tx
          .select({ id: orders.id, sessionKey: orders.sessionKey })
          .from(orders)
          .where(eq(orders.cartToken, lookupToken))
          .get();
        if (existing && existing.sessionKey === session.key) {
          // Empty the cart only if it is the one that was ordered, not a newer one.
          const after = lookupToken === cartToken ? emptied : session;
          return { ok: true, orderId: existing.id, session: after, paid: false };
        }
      }
      // A token already used by another session (a copied cookie) must not block this order.
      const token = cartToken && !tokenTaken(tx, cartToken) ? cartToken : randomToken();
      const cart = priceCartIn(cartFromSession(session), locale);
      const problem = checkoutProblem(cart);
      if (problem) return { ok: false, code: problem };
      const buyer = emailKey(form.email);
      // Before the coupon is claimed: a refused order changes nothing (lib/server/limits.ts).
      const limit = spendIn(tx, orderCharges(buyer, address));
      if (!limit.allowed) {
        return { ok: false, code: 'TOO_MANY_ORDERS', retryAfterMs: limit.retryAfterMs };
      }
      const subtotal = orderTotal(
        cart.lines.map((line) => ({ unitPrice: line.price, quantity: line.quantity })),
        digits,
      );
      // Checked again here, in the order's transaction: a coupon deactivated, expired or used up
      // since it was applied is refused, and its use is counted only with the order.
      const claim =
        session.coupon === undefined ? undefined : claimCoupon(tx, session.coupon, subtotal);
      if (claim && !claim.ok) {
        const withoutCoupon = { ...session, coupon: undefined };
        return {
          ok: false,
          code: 'COUPON_REFUSED',
          coupon: claim.code,
          ...(claim.minSubtotal ? { minSubtotal: claim.minSubtotal } : {}),
          session: withoutCoupon,
        };
      }
      const amounts = claim?.amounts ?? applyDiscount(undefined, subtotal, digits);
      const totalMinor = toMinor(amounts.total, digits);
      const { id } = tx
        .insert(orders)
        .values({
          ...form,
          locale,
          totalMinor,
          couponId: claim?.coupon.id ?? null,
          couponCode: claim?.coupon.code ?? null,
          discountMinor: toMinor(amounts.discount, digits),
          sessionKey,
          cartToken: token,
          // Orders placed while logged in belong to the account (a deleted account leaves none).
          userId: accountId(tx, session.uid),
        })
        .returning({ id: orders.id })
        .get();
      tx.insert(orderItems)
        .values(
          cart.lines.map((line) => ({
            orderId: id,
            productId: line.productId,
            productName: line.name,
            unitPriceMinor: toMinor(line.price, digits),
            quantity: line.quantity,
          })),
        )
        .run();
      // Its confirmation e-mail, in the same transaction: no job without its order, and no order
      // without its job unless the address has had its share of confirmations this hour (anyone
      // can type anyone's e-mail: the shop's sender must not be a way to flood a mailbox). A
      // worker sends it later; the shopper never waits for a mail server.
      if (spendIn(tx, orderMailCharges(buyer)).allowed) enqueueOrderConfirmation(tx, id);
      else console.warn(`Order ${id}: confirmation mail skipped, ${MAIL_LIMIT_NOTE}`);
      // Nothing to pay (a 100 % coupon): paid at once, the way every payment marks an order paid,
      // with its invoice queued; in this transaction, so no such order is ever left unpaid.
      if (totalMinor === 0) settleFreeOrder(tx, id);
      return { ok: true, orderId: id, session: emptied, paid: totalMinor === 0 };
    },
    // IMMEDIATE: take the write lock first, so another process cannot slip the same cart in between.
    { behavior: 'immediate' },
  );
}

function tokenTaken(tx: Pick<ReturnType<typeof getDb>, 'select'>, token: string): boolean {
  return (
    tx.select({ id: orders.id }).from(orders).where(eq(orders.cartToken, token)).get() !== undefined
  );
}

function accountId(
  tx: Pick<ReturnType<typeof getDb>, 'select'>,
  uid: number | undefined,
): number | null {
  if (uid === undefined) return null;
  const user = tx.select({ id: users.id }).from(users).where(eq(users.id, uid)).get();
  return user?.id ?? null;
}

function settleFreeOrder(tx: Parameters<typeof markOrderPaid>[0], orderId: number): void {
  const result = markOrderPaid(tx, {
    orderId,
    paymentId: `coupon_${orderId}`,
    amountMinor: 0,
    currency: shopCurrency().code,
    source: 'coupon',
    eventId: `coupon_${orderId}`,
  });
  if (!result.ok)
    throw new Error(`order ${orderId} with nothing to pay not marked paid: ${result.code}`);
}
