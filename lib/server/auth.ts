import 'server-only';

import { eq, sql } from 'drizzle-orm';
import { redirect } from 'next/navigation';
import { cache } from 'react';

import { users, type User } from '../../db/schema';
import type { Locale } from '../i18n/locales';
import { preparedOnce } from './prepared';
import { readSession } from './session';

const userById = preparedOnce((db) =>
  db
    .select()
    .from(users)
    .where(eq(users.id, sql.placeholder('id')))
    .prepare(),
);

/** The logged-in user of this request, read once; undefined for a visitor or a deleted account. */
export const currentUser = cache(async (): Promise<User | undefined> => {
  const session = await readSession();
  if (session.uid === undefined) return undefined;
  return userById().get({ id: session.uid });
});

/** The login page, which sends the visitor back to `returnPath` (a path on this site) afterwards. */
export function loginPath(locale: Locale, returnPath?: string): string {
  const base = `/${locale}/account/login`;
  return returnPath ? `${base}?next=${encodeURIComponent(returnPath)}` : base;
}

/** A return path is only ever a path on this site: anything else would be an open redirect. */
export function safeReturnPath(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return undefined;
  // Browsers drop tabs and line breaks from a Location, so "/\t/evil.example" would become
  // "//evil.example": no control characters or spaces at all.
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return undefined;
  return value;
}

/** The logged-in user, or a redirect to the login page that comes back to `returnPath`. */
export async function requireUser(locale: Locale, returnPath: string): Promise<User> {
  const user = await currentUser();
  if (!user) redirect(loginPath(locale, returnPath));
  return user;
}

export type StaffAccess = 'anonymous' | 'customer' | 'staff';

/** Whether this request may use the staff pages: not logged in, logged in without staff rights, or staff. */
export async function staffAccess(): Promise<StaffAccess> {
  const user = await currentUser();
  if (!user) return 'anonymous';
  return user.isStaff ? 'staff' : 'customer';
}

/**
 * The logged-in staff member. A visitor goes to the login page (coming back to `returnPath`); a
 * customer is sent to `/{locale}/admin`, where the proxy answers 403 with the "No access" page.
 * Every admin action and route handler calls this itself: the proxy's guard is not the only lock.
 */
export async function requireStaff(locale: Locale, returnPath: string): Promise<User> {
  const user = await requireUser(locale, returnPath);
  if (!user.isStaff) redirect(`/${locale}/admin`);
  return user;
}
