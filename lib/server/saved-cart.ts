import 'server-only';

import { eq, sql } from 'drizzle-orm';

import { getDb } from './database';
import { savedCarts, users } from '../../db/schema';
import { sessionSchema, type SessionData } from '../validation/session';

type CartLines = SessionData['cart'];

/** The cart saved for an account, in the session's own form; unreadable data is an empty cart. */
export async function loadSavedCart(userId: number): Promise<CartLines> {
  const row = getDb()
    .select({ lines: savedCarts.lines })
    .from(savedCarts)
    .where(eq(savedCarts.userId, userId))
    .get();
  const parsed = sessionSchema.shape.cart.safeParse(row?.lines ?? []);
  return parsed.success ? parsed.data : [];
}

/**
 * Saves the account's cart so that it follows the user to another browser. A session whose
 * account has been deleted saves nothing (the insert finds no user), rather than failing.
 */
export async function saveCart(userId: number, lines: CartLines): Promise<void> {
  const json = JSON.stringify(lines);
  getDb().run(sql`
    insert into ${savedCarts} (user_id, lines)
    select ${users.id}, ${json} from ${users} where ${users.id} = ${userId}
    on conflict (user_id) do update
      set lines = excluded.lines, updated_at = unixepoch('subsec') * 1000`);
}
