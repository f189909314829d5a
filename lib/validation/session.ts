import { z } from 'zod';

import { MAX_CART_LINES, QUANTITY_CEILING } from '../domain/cart';
import { MAX_CODE_LENGTH } from '../domain/coupons';
import { MAX_PRICED_AT } from '../domain/price-hold';

// Cart lines are stored as [productId, quantity, unitPrice, pricedAt] tuples: the cookie has 4096
// bytes. pricedAt (minutes since the epoch) is missing from cookies sealed before the price hold:
// such a line reads as priced at an unknown time, so its price is no longer held.
const cartLine = z.tuple([
  z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  z.number().int().min(1).max(QUANTITY_CEILING),
  z.string().regex(/^\d{1,10}(\.\d{1,4})?$/),
  z.number().int().min(0).max(MAX_PRICED_AT).optional(),
]);

/** What the session cookie holds; anything else in it makes the session empty. */
export const sessionSchema = z.object({
  cart: z.array(cartLine).max(MAX_CART_LINES).default([]),
  // Random id of the cart, new for every cart: submitting the same cart twice makes one order.
  cartToken: z
    .string()
    .regex(/^[A-Za-z0-9_-]{22}$/)
    .optional(),
  // The coupon code applied to the cart, as its key (upper case): re-checked wherever it is used.
  // At most 32 characters, so the worst-case cookie still fits (lib/server/session-cookie.test.ts).
  coupon: z
    .string()
    .regex(/^[A-Z0-9_-]+$/)
    .max(MAX_CODE_LENGTH)
    .optional(),
  // Random key of this browser session: orders placed from it can be seen from it.
  key: z
    .string()
    .regex(/^[A-Za-z0-9_-]{22}$/)
    .optional(),
  // The logged-in user's id (lib/server/auth.ts); absent for an anonymous visitor.
  uid: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  // The signed-in session's id, a row of the sessions table while it is not revoked
  // (lib/server/sessions.ts); only with uid.
  sid: z
    .string()
    .regex(/^[A-Za-z0-9_-]{22}$/)
    .optional(),
  // Per-session expiry in seconds, set by code ("remember me"); 0 ends the session with the browser.
  age: z
    .number()
    .int()
    .min(0)
    .max(400 * 24 * 3600)
    .optional(),
});

export type SessionData = z.infer<typeof sessionSchema>;
