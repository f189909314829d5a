import 'server-only';

import type { SessionData } from '../../validation/session';
import { OpenedSessions } from '../opened-sessions';
import type { SessionSettings } from '../session-cookie';
import type { PageDb } from './page-db';
import type { PageVariant } from './variant';

/** Session cookies as the page server reads them, from a request's Cookie header. */
export class SessionReader {
  private readonly sessions: OpenedSessions;

  constructor(private readonly settings: SessionSettings) {
    this.sessions = new OpenedSessions(settings);
  }

  read(cookieHeader: string | undefined): Promise<SessionData> {
    return this.sessions.open(cookieValue(cookieHeader, this.settings.cookieName));
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
