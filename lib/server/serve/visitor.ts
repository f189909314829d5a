import 'server-only';

import type { SessionData } from '../../validation/session';
import { unsealSession, type SessionSettings } from '../session-cookie';
import type { PageDb } from './page-db';
import type { PageVariant } from './variant';

// Unsealing costs more than the rest of a cached page; a browser sends the same cookie on every
// page until its cart changes, so the last few thousand are kept. Keyed by the whole sealed
// value, which carries its own expiry: an entry is dropped once that has passed.
const MAX_SESSIONS = 5000;

export class SessionReader {
  private readonly opened = new Map<string, { data: SessionData; until: number }>();

  constructor(private readonly settings: SessionSettings) {}

  async read(cookieHeader: string | undefined): Promise<SessionData> {
    const value = cookieValue(cookieHeader, this.settings.cookieName);
    if (!value) return { cart: [] };
    const now = Date.now();
    const known = this.opened.get(value);
    if (known && known.until > now) return known.data;
    const data = await unsealSession(value, this.settings);
    if (this.opened.size >= MAX_SESSIONS) this.opened.clear();
    this.opened.set(value, { data, until: Math.min(sealExpiry(value), now + 60_000) });
    return data;
  }
}

/**
 * The session as Next's pages read it (lib/server/sessions.ts checkedSession): a signed-in one
 * only while its row exists, else empty. One indexed read, per request: never kept with the
 * unsealed cookie, so a logout is seen at once.
 */
export function signedInOrEmpty(session: SessionData, db: Pick<PageDb, 'user'>): SessionData {
  if (session.uid === undefined) return session;
  if (session.sid !== undefined && db.user(session.uid, session.sid)) return session;
  return { cart: [] };
}

/** The header variant this visitor sees, as SiteChrome would compute it from the session. */
export function visitorVariant(
  session: SessionData,
  db: Pick<PageDb, 'cartCount' | 'user'>,
  productId?: number,
): PageVariant {
  const user =
    session.uid === undefined || session.sid === undefined
      ? undefined
      : db.user(session.uid, session.sid);
  // A logged-out (revoked) session shows what an empty one does, as Next's pages read it.
  const shown = session.uid !== undefined && !user ? { cart: [] } : session;
  const variant: PageVariant = { count: db.cartCount(shown.cart), user: user ?? null };
  if (productId !== undefined)
    variant.inCart = shown.cart.find(([id]) => id === productId)?.[1] ?? 0;
  return variant;
}

/** A cookie's value read as Next reads it: URI-decoded, the last of the same name wins. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  let found: string | undefined;
  for (const part of header.split(/; */)) {
    const at = part.indexOf('=');
    if (at === -1 || part.slice(0, at) !== name) continue;
    try {
      found = decodeURIComponent(part.slice(at + 1));
    } catch {
      // Next skips a value it cannot decode, keeping an earlier one.
    }
  }
  return found;
}

// An iron seal is "Fe26.2*id*salt*iv*data*expiry*hmacSalt*hmac"; a missing expiry never expires.
function sealExpiry(value: string): number {
  const expiry = Number(value.split('*')[5]);
  return Number.isFinite(expiry) && expiry > 0 ? expiry : Number.POSITIVE_INFINITY;
}
