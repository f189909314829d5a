import 'server-only';

import { eq, sql } from 'drizzle-orm';
import { redirect } from 'next/navigation';
import { cache } from 'react';

import { users, type User } from '../../db/schema';
import type { Locale } from '../i18n/locales';
import { getPathname, redirect as redirectInLocale } from '../i18n/navigation';
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

/**
 * The login page, which sends the visitor back afterwards to `returnTo`, a page of the shop in
 * this language given as its path inside the locale ("/admin/orders?page=2").
 */
export function loginPath(locale: Locale, returnTo?: string): string {
  const base = getPathname({ href: '/account/login', locale });
  if (returnTo === undefined) return base;
  return `${base}?next=${encodeURIComponent(getPathname({ href: returnTo, locale }))}`;
}

// Any origin of our own would do: a return path is resolved against it only to see where it leads.
const OWN_ORIGIN = 'http://shop.invalid';

/**
 * A return path is only ever a path on this site: anything else would be an open redirect. It is
 * resolved as the browser (and Next's client router) will resolve it: "/..//evil.example" or
 * "/a/%2e%2e//evil.example" look like paths but normalise to "//evil.example", another site, and
 * a browser drops tabs and line breaks and reads "\" as "/". So the value is resolved against an
 * origin of ours, and only its normalised form is kept, and only if it is still one of our paths.
 */
export function safeReturnPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.startsWith('/')) return undefined;
  const path = ownPath(value);
  // The normalised form must resolve to itself, so that nothing downstream normalises it again
  // into something else.
  return path !== undefined && ownPath(path) === path ? path : undefined;
}

/** The path, query and fragment `value` leads to on this site, or undefined if it leads elsewhere. */
function ownPath(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value, OWN_ORIGIN);
  } catch {
    return undefined;
  }
  if (url.origin !== OWN_ORIGIN) return undefined;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "//evil.example" on our origin is still a path here, but in a Location header it is another site.
  if (!path.startsWith('/') || path.startsWith('//')) return undefined;
  return path;
}

/**
 * The logged-in user, or a redirect to the login page that comes back to `returnTo` (a path inside
 * the locale, as loginPath takes it).
 */
export async function requireUser(locale: Locale, returnTo: string): Promise<User> {
  const user = await currentUser();
  if (!user) redirect(loginPath(locale, returnTo));
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
 * The logged-in staff member. A visitor goes to the login page (coming back to `returnTo`); a
 * customer is sent to `/{locale}/admin`, where the proxy answers 403 with the "No access" page.
 * Every admin action and route handler calls this itself: the proxy's guard is not the only lock.
 */
export async function requireStaff(locale: Locale, returnTo: string): Promise<User> {
  const user = await requireUser(locale, returnTo);
  if (!user.isStaff) redirectInLocale({ href: '/admin', locale });
  return user;
}
