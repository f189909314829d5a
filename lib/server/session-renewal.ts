import 'server-only';

import type { NextRequest, NextResponse } from 'next/server';

import { env } from '../validation/env';
import { cookieOptions, isEmptySession, sealSession, unsealSession } from './session-cookie';
import { sessionSettings } from './session';

/**
 * SESSION_SAVE_EVERY_REQUEST: reseals the session on every page request so that its expiry slides.
 * Pages cannot set cookies while they render, so the proxy does it on the way out.
 */
export async function renewSession(request: NextRequest, response: NextResponse): Promise<void> {
  if (!env().SESSION_SAVE_EVERY_REQUEST) return;
  const settings = sessionSettings();
  const value = request.cookies.get(settings.cookieName)?.value;
  if (!value || response.cookies.get(settings.cookieName)) return;
  const data = await unsealSession(value, settings);
  if (isEmptySession(data)) return;
  response.cookies.set(
    settings.cookieName,
    await sealSession(data, settings),
    cookieOptions(data, settings),
  );
}
