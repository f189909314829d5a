import 'server-only';

import { createHash, randomBytes } from 'node:crypto';

import { sealData, unsealData } from 'iron-session';

import { env } from '../validation/env';
import { sessionSchema, type SessionData } from '../validation/session';

/** The session settings a shop owner sets through the environment (see lib/validation/env.ts). */
export type SessionSettings = {
  cookieName: string;
  secrets: readonly string[];
  cookieAge: number;
  secure: boolean;
  domain?: string;
  expireAtBrowserClose: boolean;
};

/** The settings from the environment; kept here, away from next/headers, for the page server too. */
export function sessionSettings(): SessionSettings {
  const config = env();
  return {
    cookieName: config.SESSION_COOKIE_NAME,
    secrets: config.SESSION_SECRETS,
    cookieAge: config.SESSION_COOKIE_AGE,
    secure: config.SESSION_COOKIE_SECURE,
    domain: config.SESSION_COOKIE_DOMAIN,
    expireAtBrowserClose: config.SESSION_EXPIRE_AT_BROWSER_CLOSE,
  };
}

export type CookieOptions = {
  httpOnly: true;
  secure: boolean;
  sameSite: 'lax';
  path: '/';
  domain?: string;
  maxAge?: number;
};

export const emptySession = (): SessionData => ({ cart: [] });

// Each secret gets an id derived from its own text, so adding or dropping another secret never
// changes which id a cookie was sealed with.
function secretId(secret: string): number {
  return createHash('sha256').update(secret).digest().readUInt32BE(0);
}

function passwordMap(secrets: readonly string[]): Record<number, string> {
  return Object.fromEntries(secrets.map((secret) => [secretId(secret), secret]));
}

/** How long this session lives, and whether its cookie ends with the browser. */
export function sessionLifetime(data: SessionData, settings: SessionSettings) {
  const browserClose = data.age === 0 || (data.age === undefined && settings.expireAtBrowserClose);
  // A browser-session cookie still carries a seal that expires after the configured age.
  const ttl = data.age && data.age > 0 ? data.age : settings.cookieAge;
  return { browserClose, ttl };
}

export function cookieOptions(data: SessionData, settings: SessionSettings): CookieOptions {
  const { browserClose, ttl } = sessionLifetime(data, settings);
  return {
    httpOnly: true,
    secure: settings.secure,
    sameSite: 'lax',
    path: '/',
    ...(settings.domain ? { domain: settings.domain } : {}),
    ...(browserClose ? {} : { maxAge: ttl }),
  };
}

/** Seals with the newest secret (the first one). */
export async function sealSession(data: SessionData, settings: SessionSettings): Promise<string> {
  const newest = settings.secrets[0];
  if (!newest) throw new Error('no session secret');
  return sealData(data, {
    password: { [secretId(newest)]: newest },
    ttl: sessionLifetime(data, settings).ttl,
  });
}

/**
 * Opens a cookie with any of the secrets. Whatever cannot be read (tampered, expired, sealed with
 * an unknown secret, not a seal at all, or holding data of the wrong shape) is an empty session.
 */
export async function unsealSession(
  value: string | undefined,
  settings: SessionSettings,
): Promise<SessionData> {
  if (!value) return emptySession();
  try {
    // The seal carries its own expiry time, which unsealing checks.
    const raw = await unsealData<Record<string, unknown>>(value, {
      password: passwordMap(settings.secrets),
    });
    const parsed = sessionSchema.safeParse(raw);
    return parsed.success ? parsed.data : emptySession();
  } catch {
    return emptySession();
  }
}

export function isEmptySession(data: SessionData): boolean {
  return (
    data.cart.length === 0 &&
    data.cartToken === undefined &&
    data.key === undefined &&
    data.age === undefined &&
    data.uid === undefined
  );
}

/** 22 characters of base64url: 128 random bits, for session keys and cart tokens. */
export function randomToken(): string {
  return randomBytes(16).toString('base64url');
}

/** The Set-Cookie header a browser receives, for measuring it against the 4096-byte limit. */
export function serializedCookieLength(
  name: string,
  value: string,
  options: CookieOptions,
): number {
  const attributes = [
    `Path=${options.path}`,
    options.domain ? `Domain=${options.domain}` : '',
    options.maxAge !== undefined ? `Max-Age=${options.maxAge}` : '',
    options.maxAge !== undefined ? 'Expires=Thu, 01 Jan 2026 00:00:00 GMT' : '',
    'HttpOnly',
    options.secure ? 'Secure' : '',
    'SameSite=Lax',
  ].filter(Boolean);
  return `${name}=${value}; ${attributes.join('; ')}`.length;
}

/** The whole Set-Cookie header for a cookie of these options, as a browser receives it. */
export function setCookieHeader(name: string, value: string, options: CookieOptions): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, `Path=${options.path}`];
  if (options.maxAge !== undefined) {
    parts.push(`Expires=${new Date(Date.now() + options.maxAge * 1000).toUTCString()}`);
    parts.push(`Max-Age=${options.maxAge}`);
  }
  if (options.domain) parts.push(`Domain=${options.domain}`);
  if (options.secure) parts.push('Secure');
  parts.push('HttpOnly', 'SameSite=lax');
  return parts.join('; ');
}

/**
 * The Set-Cookie header that stores this session outside Next (the page server): sealed, or
 * removed when the session is empty, with the attributes and the size check of writeSession.
 */
export async function sessionSetCookie(data: SessionData, settings: SessionSettings) {
  if (isEmptySession(data)) {
    const domain = settings.domain ? `; Domain=${settings.domain}` : '';
    return `${settings.cookieName}=; Path=/${domain}; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0`;
  }
  const value = await sealSession(data, settings);
  const options = cookieOptions(data, settings);
  assertCookieFits(settings.cookieName, value, options);
  return setCookieHeader(settings.cookieName, value, options);
}

/** MAX_CART_LINES is chosen so this never happens; if it does, fail loudly rather than lose data. */
export function assertCookieFits(name: string, value: string, options: CookieOptions): void {
  const length = serializedCookieLength(name, value, options);
  if (length > 4096) throw new Error(`session cookie too large: ${length} bytes`);
}
