import 'server-only';

import type { SessionData } from '../../validation/session';
import { cookieOptions, sealSession, type SessionSettings } from '../session-cookie';

/**
 * SESSION_SAVE_EVERY_REQUEST for pages the page server answers itself: the same resealed cookie,
 * with the same attributes, that lib/server/session-renewal.ts sets through Next's proxy.
 */
export async function renewedSessionCookie(
  data: SessionData,
  settings: SessionSettings,
): Promise<string> {
  const value = await sealSession(data, settings);
  const options = cookieOptions(data, settings);
  const parts = [`${settings.cookieName}=${encodeURIComponent(value)}`, `Path=${options.path}`];
  if (options.maxAge !== undefined) {
    parts.push(`Expires=${new Date(Date.now() + options.maxAge * 1000).toUTCString()}`);
    parts.push(`Max-Age=${options.maxAge}`);
  }
  if (options.domain) parts.push(`Domain=${options.domain}`);
  if (options.secure) parts.push('Secure');
  parts.push('HttpOnly', 'SameSite=lax');
  return parts.join('; ');
}
