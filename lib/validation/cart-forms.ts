import { z } from 'zod';

import { couponProblems } from '../domain/coupons';
import { couponCodeText } from './coupon-forms';
import { parseId } from './id';

// Forms post ids and quantities only: prices always come from the database. An id is read as
// parseId reads every id, digits only: "1e1" is not 10, nor " 2 " 2.
const productId = z.string().transform(parseId).pipe(z.number().int().positive());
const quantityText = z.string().trim().max(12);

export const addToCartForm = z.object({
  productId,
  quantity: quantityText,
  override: z.literal('on').optional(),
});

export const updateCartLineForm = z.object({ productId, quantity: quantityText });
export const removeFromCartForm = z.object({ productId });

// A quantity's digits as a form or a query carries them.
const QUANTITY_DIGITS = /^\d{1,4}$/;

/** A quantity as typed: a whole number, or undefined for anything else ("", "2.5", "abc"). */
export function parseQuantity(text: string): number | undefined {
  return QUANTITY_DIGITS.test(text) ? Number(text) : undefined;
}

export { ENHANCED_FIELD, isEnhanced } from './enhanced-field';

/** Why a cart change was refused, as its form shows it. */
export const cartPostFailures = [
  'QUANTITY_INVALID',
  'QUANTITY_TOO_HIGH',
  'CART_FULL',
  'NOT_IN_CART',
  'PRODUCT_NOT_FOUND',
  'PRODUCT_UNAVAILABLE',
  'INVALID_REQUEST',
] as const;

export type CartPostFailure = (typeof cartPostFailures)[number];

/** The cart page's query after a refused form post without JavaScript (lib/server/cart-post.ts). */
export const CART_POST_ERROR = { code: 'error', line: 'line', quantity: 'quantity' } as const;

const cartPostErrorQuery = z.object({
  code: z.enum(cartPostFailures),
  line: productId.optional(),
  quantity: quantityText.optional(),
});

export type CartPostError = z.infer<typeof cartPostErrorQuery>;

/** The refusal the cart page tells of, from its query; anything unreadable tells of none. */
export function cartPostError(query: PageQuery): CartPostError | undefined {
  return readQuery(cartPostErrorQuery, CART_POST_ERROR, query);
}

/** A page's query as Next hands it to a page (searchParams). */
export type PageQuery = Record<string, string | string[] | undefined>;

/**
 * A page's query read by `schema`, each of its fields from the query parameter `names` gives it
 * (the first value of a repeated one); undefined when anything is unreadable.
 */
function readQuery<T>(
  schema: z.ZodType<T>,
  names: Record<string, string>,
  query: PageQuery,
): T | undefined {
  const fields: Record<string, string | undefined> = {};
  for (const [field, name] of Object.entries(names)) {
    const value = query[name];
    fields[field] = Array.isArray(value) ? value[0] : value;
  }
  const parsed = schema.safeParse(fields);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The cart page's query after a change made by a form post (lib/server/cart-post.ts): what the
 * cart then says in its status line. `line` and `quantity` are the product added or removed and
 * the quantity added; `code` the coupon applied or taken off.
 */
export const CART_POST_DONE = {
  kind: 'done',
  line: 'line',
  quantity: 'quantity',
  code: 'code',
} as const;

// `coupon` and `uncoupon`: a coupon applied or taken off, its code in `code`.
const cartPostDoneKinds = ['added', 'updated', 'removed', 'cleared', 'coupon', 'uncoupon'] as const;

const cartPostDoneQuery = z.object({
  kind: z.enum(cartPostDoneKinds),
  line: productId.optional(),
  quantity: z.string().regex(QUANTITY_DIGITS).transform(Number).optional(),
  code: couponCodeText.optional(),
});

export type CartPostDone = z.infer<typeof cartPostDoneQuery>;

/** The change the cart page tells of, from its query; anything unreadable tells of none. */
export function cartPostDone(query: PageQuery): CartPostDone | undefined {
  return readQuery(cartPostDoneQuery, CART_POST_DONE, query);
}

/**
 * The cart page's query after the coupon form was refused: why, and the code as it was typed, to
 * show again in the field.
 */
export const COUPON_POST_ERROR = { problem: 'coupon-error', code: 'code' } as const;

// Why the coupon form was refused: no code typed, or the code's problem.
const couponPostProblems = ['CODE_MISSING', ...couponProblems] as const;

const couponPostErrorQuery = z.object({
  problem: z.enum(couponPostProblems),
  code: couponCodeText.default(''),
});

export type CouponPostError = z.infer<typeof couponPostErrorQuery>;

/** The coupon form's refusal the cart page tells of, from its query. */
export function couponPostError(query: PageQuery): CouponPostError | undefined {
  return readQuery(couponPostErrorQuery, COUPON_POST_ERROR, query);
}
