import 'server-only';

import { inArray } from 'drizzle-orm';

import { getDb } from './database';
import { products, type User } from '../../db/schema';
import type { CartLine } from '../domain/cart';
import { mergeCarts } from '../domain/cart-merge';
import { env } from '../validation/env';
import type { SessionData } from '../validation/session';
import { attachGuestOrders } from './account-orders';
import { cartFromSession, cartLimits, sessionWithCart } from './cart';
import { loadSavedCart } from './saved-cart';
import { readSession, writeSession } from './session';
import { emptySession, randomToken } from './session-cookie';
import { changePassword, type PasswordChangeResult } from './password-change';
import { endAllSessions, endSession, startSession } from './sessions';

/**
 * Logs the user in on this browser. The cart built while anonymous stays, joined with the one
 * saved for the account (mergeCarts); writeSession saves the result back for the account. The
 * session key is new (a key planted before login grants nothing after it), so the orders placed
 * as a guest with the old key become the account's first, or they would no longer open here.
 * "Remember me" decides whether the cookie outlives the browser.
 */
export async function logIn(
  user: Pick<User, 'id' | 'emailKey'>,
  remember: boolean | undefined,
): Promise<void> {
  const session = await readSession();
  // A session already logged in has its cart saved for that account: merging it again would
  // double it (same user) or hand one account's cart to another.
  const browser = session.uid === undefined ? cartFromSession(session).lines : [];
  const saved = cartFromSession({ cart: await loadSavedCart(user.id) }).lines;
  // Products deleted since either cart was built drop out, as they do on every cart change.
  const existing = existingProductIds([...browser, ...saved]);
  const keep = (lines: readonly CartLine[]) => ({
    lines: lines.filter((line) => existing.has(line.productId)),
  });
  const merged = mergeCarts(keep(browser), keep(saved), cartLimits());
  // Without a choice (right after registering) the site's default lifetime applies.
  const age = remember === undefined ? undefined : remember ? env().SESSION_COOKIE_AGE : 0;
  // Only an anonymous session's orders: a logged-in one's already belong to its account.
  if (session.uid === undefined && session.key !== undefined)
    await attachGuestOrders(session.key, user);
  // A session of another account (or this one) ends here: its cookie is replaced.
  if (session.uid !== undefined) await endSession(session.sid);
  const loggedIn: SessionData = {
    cart: [],
    key: randomToken(),
    uid: user.id,
    sid: await startSession(user.id),
  };
  if (session.cartToken && session.uid === undefined) loggedIn.cartToken = session.cartToken;
  // The coupon typed before logging in stays with the cart (it is checked again at checkout).
  if (session.coupon && session.uid === undefined) loggedIn.coupon = session.coupon;
  if (age !== undefined) loggedIn.age = age;
  await writeSession(sessionWithCart(loggedIn, merged));
}

/**
 * Logs out: the browser keeps nothing of the account, not even its cart (saved for the account,
 * it comes back at the next login), and the next cart gets a new session key. The session is
 * ended on the server, so a copy of the cookie taken before logs nobody in.
 */
export async function logOut(): Promise<void> {
  const session = await readSession();
  await endSession(session.sid);
  await writeSession(emptySession());
}

/** "Log out everywhere": every browser signed in to this account, this one included. */
export async function logOutEverywhere(): Promise<void> {
  const session = await readSession();
  if (session.uid !== undefined) await endAllSessions(session.uid);
  await writeSession(emptySession());
}

/**
 * Changes the signed-in user's password (./password-change.ts): every other browser is logged
 * out, and this one stays signed in under a new session id, its cart and key kept.
 */
export async function changePasswordHere(
  current: string,
  next: string,
  address: string | undefined,
): Promise<PasswordChangeResult> {
  const session = await readSession();
  if (session.uid === undefined) return { ok: false, code: 'STALE' };
  const result = await changePassword(session.uid, current, next, address);
  if (result.ok) await writeSession({ ...session, sid: result.sessionId });
  return result;
}

function existingProductIds(lines: readonly CartLine[]): Set<number> {
  const ids = [...new Set(lines.map((line) => line.productId))];
  if (ids.length === 0) return new Set();
  const rows = getDb()
    .select({ id: products.id })
    .from(products)
    .where(inArray(products.id, ids))
    .all();
  return new Set(rows.map((row) => row.id));
}
