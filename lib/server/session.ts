import 'server-only';

import { cookies } from 'next/headers';
import { cache } from 'react';

import type { SessionData } from '../validation/session';
import { OpenedSessions } from './opened-sessions';
import { saveCart } from './saved-cart';
import { checkedSession } from './sessions';
import {
  assertCookieFits,
  cookieOptions,
  isEmptySession,
  sealSession,
  sessionSettings,
} from './session-cookie';

export type { SessionData };

export { sessionSettings };

/**
 * The visitor's session, read once per request; never throws (see unsealSession). A signed-in
 * session that has been logged out (elsewhere too) reads as empty (checkedSession).
 */
export const readSession = cache(async (): Promise<SessionData> => {
  // cookies() first: during a build it marks the page as per-request before any setting is read.
  const store = await cookies();
  const settings = sessionSettings();
  opened ??= new OpenedSessions(settings);
  return checkedSession(await opened.open(store.get(settings.cookieName)?.value));
});

// The cookies this process has opened lately (./opened-sessions.ts); the settings never change
// while it runs.
let opened: OpenedSessions | undefined;

/**
 * Seals and sets the session cookie; an empty session removes it. Only where Next allows writing
 * cookies: server actions, route handlers. A logged-in user's cart is saved for the account here,
 * the one place every cart change (and the emptying by an order) passes through.
 */
export async function writeSession(data: SessionData): Promise<void> {
  const settings = sessionSettings();
  const store = await cookies();
  if (data.uid !== undefined) await saveCart(data.uid, data.cart);
  if (isEmptySession(data)) {
    store.delete({ name: settings.cookieName, path: '/', domain: settings.domain });
    return;
  }
  const value = await sealSession(data, settings);
  const options = cookieOptions(data, settings);
  assertCookieFits(settings.cookieName, value, options);
  store.set(settings.cookieName, value, options);
}

/** This request's session, for code that takes where the session lives (lib/server/cart-core.ts). */
export const requestSession = { read: readSession, write: writeSession };
