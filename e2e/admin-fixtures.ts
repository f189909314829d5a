import { createHash, randomBytes } from 'node:crypto';

import type { BrowserContext } from '@playwright/test';
import { sealData } from 'iron-session';

import { createUser as createAccountUser, uniqueEmail } from './account-fixtures';
import { E2E_SESSION_SECRET, SESSION_COOKIE } from './constants';
import { testDb } from './fixtures';

let counter = 0;
const unique = () => `${process.pid}-${Date.now()}-${(counter += 1)}`;

/** A unique word for a test's own rows, so that searches find only them. */
export function uniqueTag(prefix = 'e2e'): string {
  return `${prefix}${unique().replace(/-/g, 'x')}`;
}

/** A user in the test database (see account-fixtures), a customer unless `staff`. */
export function createUser({ staff = false }: { staff?: boolean } = {}) {
  return createAccountUser({ email: uniqueEmail(staff ? 'staff' : 'customer'), staff });
}

// As lib/server/session-cookie.ts seals: a password map keyed by an id derived from the secret.
function secretId(secret: string): number {
  return createHash('sha256').update(secret).digest().readUInt32BE(0);
}

/**
 * Logs the browser context in as `userId` by giving it the session cookie the app would seal: a
 * shortcut for tests about the admin itself (admin-access logs in through the form once).
 */
export async function signInAs(context: BrowserContext, userId: number) {
  // A signed-in session is believed only while its row exists (lib/server/sessions.ts).
  const sid = randomBytes(16).toString('base64url');
  const db = testDb();
  try {
    db.prepare('insert into sessions (id, user_id) values (?, ?)').run(sid, userId);
  } finally {
    db.close();
  }
  const value = await sealData(
    { cart: [], uid: userId, sid },
    { password: { [secretId(E2E_SESSION_SECRET)]: E2E_SESSION_SECRET }, ttl: 14 * 24 * 3600 },
  );
  await context.addCookies([
    {
      name: SESSION_COOKIE,
      value,
      url: `http://127.0.0.1:${process.env.E2E_PORT}`,
      httpOnly: true,
      sameSite: 'Lax',
    },
  ]);
}

export async function signInAsStaff(context: BrowserContext) {
  const user = createUser({ staff: true });
  await signInAs(context, user.id);
  return user;
}

export type TestOrder = {
  firstName?: string;
  lastName?: string;
  email?: string;
  city?: string;
  paid?: boolean;
  createdAt?: Date;
  paymentId?: string;
  paymentSource?: 'stripe' | 'test';
  items?: { productId?: number | null; name: string; unitPriceMinor: number; quantity: number }[];
};

/** An order written straight into the database, with the created date a test needs. */
export function createOrder(order: TestOrder = {}) {
  const items = order.items ?? [{ name: 'Earl Grey', unitPriceMinor: 850, quantity: 2 }];
  const total = items.reduce((sum, item) => sum + item.unitPriceMinor * item.quantity, 0);
  const db = testDb();
  try {
    return db.transaction(() => {
      const { lastInsertRowid } = db
        .prepare(
          `insert into orders (first_name, last_name, email, address, postal_code, city, locale,
             total_minor, paid, payment_id, payment_source, paid_at, session_key, cart_token, created_at)
           values (?, ?, ?, ?, ?, ?, 'en', ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          order.firstName ?? 'Anna',
          order.lastName ?? 'Karenina',
          order.email ?? `anna.${unique()}@example.com`,
          '12 Tverskaya St',
          '125009',
          order.city ?? 'Moscow',
          total,
          order.paid ? 1 : 0,
          order.paymentId ?? null,
          order.paymentSource ?? null,
          order.paid ? (order.createdAt ?? new Date()).getTime() : null,
          randomBytes(16).toString('base64url'),
          randomBytes(16).toString('base64url'),
          (order.createdAt ?? new Date()).getTime(),
        );
      const id = Number(lastInsertRowid);
      const insert = db.prepare(
        'insert into order_items (order_id, product_id, product_name, unit_price_minor, quantity) values (?, ?, ?, ?, ?)',
      );
      for (const item of items) {
        insert.run(id, item.productId ?? null, item.name, item.unitPriceMinor, item.quantity);
      }
      return id;
    })();
  } finally {
    db.close();
  }
}
