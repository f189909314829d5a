import type { BrowserContext } from '@playwright/test';

import { sessions } from '../db/schema';
import { randomToken, sealSession, type SessionSettings } from '../lib/server/session-cookie';
import type { SessionData } from '../lib/validation/session';
import { E2E_SESSION_SECRET, SESSION_COOKIE } from './constants';
import { withTestDb } from './test-db';

/** The session settings of the test server (playwright.config.ts), or of another secret's. */
export function testSessionSettings(secret = E2E_SESSION_SECRET): SessionSettings {
  return {
    cookieName: SESSION_COOKIE,
    secrets: [secret],
    cookieAge: 14 * 24 * 3600,
    secure: false,
    expireAtBrowserClose: false,
  };
}

/**
 * A session cookie's value, sealed by the app's own sealSession (lib/server/session-cookie.ts).
 * `data` is unknown: tests also seal shapes the app must refuse, which only the app's parsing of
 * the opened cookie (not the sealing) looks at.
 */
export function sealTestSession(data: unknown, secret = E2E_SESSION_SECRET): Promise<string> {
  return sealSession(data as SessionData, testSessionSettings(secret));
}

/** Gives the browser context this session cookie, for the main test server or `baseURL`'s. */
export async function setSessionCookie(
  context: BrowserContext,
  value: string,
  baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`,
) {
  await context.addCookies([
    { name: SESSION_COOKIE, value, url: baseURL, httpOnly: true, sameSite: 'Lax' },
  ]);
}

/**
 * Logs the browser context in as `userId` by giving it the session cookie the app would seal: a
 * shortcut for tests about what comes after logging in (the login form has its own tests).
 * A signed-in session is believed only while its row exists (lib/server/sessions.ts).
 */
export async function signInAs(context: BrowserContext, userId: number) {
  const sid = randomToken();
  withTestDb((db) => db.insert(sessions).values({ id: sid, userId }).run());
  await setSessionCookie(context, await sealTestSession({ cart: [], uid: userId, sid }));
}
