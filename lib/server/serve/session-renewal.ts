import 'server-only';

import type { SessionData } from '../../validation/session';
import {
  cookieOptions,
  sealSession,
  setCookieHeader,
  type SessionSettings,
} from '../session-cookie';

/**
 * SESSION_SAVE_EVERY_REQUEST for pages the page server answers itself: the same resealed cookie,
 * with the same attributes, that lib/server/session-renewal.ts sets through Next's proxy.
 */
export async function renewedSessionCookie(
  data: SessionData,
  settings: SessionSettings,
): Promise<string> {
  const value = await sealSession(data, settings);
  return setCookieHeader(settings.cookieName, value, cookieOptions(data, settings));
}
