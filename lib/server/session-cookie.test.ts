import { sealData } from 'iron-session';
import { describe, expect, it } from 'vitest';

import { MAX_CART_LINES, MAX_PRICE_MINOR, QUANTITY_CEILING } from '../domain/cart';
import { MAX_CODE_LENGTH } from '../domain/coupons';
import { fromMinor } from '../domain/money';
import { MAX_PRICED_AT } from '../domain/price-hold';
import type { SessionData } from '../validation/session';
import {
  cookieOptions,
  emptySession,
  sealSession,
  serializedCookieLength,
  unsealSession,
  type SessionSettings,
} from './session-cookie';

const SECRET_A = 'a'.repeat(32);
const SECRET_B = 'b'.repeat(40);
const settings: SessionSettings = {
  cookieName: 'myshop_session',
  secrets: [SECRET_A],
  cookieAge: 1209600,
  secure: true,
  expireAtBrowserClose: false,
};

const someCart: SessionData = { cart: [[3, 2, '19.90']] };

describe('session cookie', () => {
  it('round-trips a session', async () => {
    const sealed = await sealSession(someCart, settings);
    expect(await unsealSession(sealed, settings)).toEqual(someCart);
  });

  it('turns anything unreadable into an empty session', async () => {
    const sealed = await sealSession(someCart, settings);
    const tampered = sealed.slice(0, 40) + (sealed[40] === 'A' ? 'B' : 'A') + sealed.slice(41);
    expect(await unsealSession(tampered, settings)).toEqual(emptySession());
    expect(await unsealSession('garbage', settings)).toEqual(emptySession());
    expect(await unsealSession('Fe26.2**a*b*c*d*e*f*g~2', settings)).toEqual(emptySession());
    expect(await unsealSession(undefined, settings)).toEqual(emptySession());
    const otherSecret = await sealSession(someCart, { ...settings, secrets: [SECRET_B] });
    expect(await unsealSession(otherSecret, settings)).toEqual(emptySession());
  });

  it('turns a well-sealed cookie of the wrong shape into an empty session', async () => {
    const password = { 1: SECRET_A };
    for (const data of [{ cart: 'lots' }, { cart: [[1, 0, '1.00']] }, { cart: [[1, 1, 1.5]] }]) {
      const sealed = await sealData(data, { password });
      expect(await unsealSession(sealed, settings)).toEqual(emptySession());
    }
  });

  it('reads a cookie sealed before lines said when their price was taken', async () => {
    // The old form, three items a line: the line reads as priced at an unknown time.
    const old: SessionData = { cart: [[3, 2, '19.90']] };
    expect(await unsealSession(await sealSession(old, settings), settings)).toEqual(old);
    const held: SessionData = { cart: [[3, 2, '19.90', 29_412_345]] };
    expect(await unsealSession(await sealSession(held, settings), settings)).toEqual(held);
  });

  it('refuses an expired seal', async () => {
    const sealed = await sealSession({ ...someCart, age: 1 }, settings);
    // Two minutes later: past the one-second lifetime and iron's 60 s clock-skew allowance.
    const past = Date.now;
    Date.now = () => past() + 120_000;
    try {
      expect(await unsealSession(sealed, settings)).toEqual(emptySession());
    } finally {
      Date.now = past;
    }
  });

  it('rotates secrets: the newest seals, every listed one unseals', async () => {
    const old = await sealSession(someCart, settings);
    const rotated = { ...settings, secrets: [SECRET_B, SECRET_A] };
    expect(await unsealSession(old, rotated)).toEqual(someCart);
    const fresh = await sealSession(someCart, rotated);
    expect(await unsealSession(fresh, { ...settings, secrets: [SECRET_B] })).toEqual(someCart);
    expect(await unsealSession(fresh, settings)).toEqual(emptySession());
  });

  it('sets Max-Age from the configured age, none when the session ends with the browser', () => {
    expect(cookieOptions(someCart, settings)).toEqual({
      httpOnly: true,
      secure: true,
      sameSite: 'lax',
      path: '/',
      maxAge: 1209600,
    });
    expect(cookieOptions(someCart, { ...settings, expireAtBrowserClose: true }).maxAge).toBe(
      undefined,
    );
    // Per-session expiry set by code wins over the settings.
    expect(cookieOptions({ ...someCart, age: 0 }, settings).maxAge).toBe(undefined);
    expect(cookieOptions({ ...someCart, age: 3600 }, settings).maxAge).toBe(3600);
    expect(cookieOptions(someCart, { ...settings, domain: '.example.com' }).domain).toBe(
      '.example.com',
    );
  });

  it('fits the worst-case full cart in one 4096-byte cookie', async () => {
    const worst: SessionData = {
      cart: Array.from({ length: MAX_CART_LINES }, (_, index) => [
        Number.MAX_SAFE_INTEGER - index,
        QUANTITY_CEILING,
        fromMinor(MAX_PRICE_MINOR, 4),
        // When the price was taken (the price hold), in minutes: 8 digits until 2160.
        MAX_PRICED_AT,
      ]),
      key: 'x'.repeat(22),
      cartToken: 'y'.repeat(22),
      coupon: 'Z'.repeat(MAX_CODE_LENGTH),
      // A logged-in user's session carries the account id too.
      uid: Number.MAX_SAFE_INTEGER,
      sid: 's'.repeat(22),
      age: 400 * 24 * 3600,
    };
    const longest: SessionSettings = {
      ...settings,
      cookieName: 'a_long_session_cookie_name_for_the_shop',
      domain: `.${'sub.'.repeat(12)}example-shop-domain.com`,
    };
    const sealed = await sealSession(worst, longest);
    const length = serializedCookieLength(
      longest.cookieName,
      sealed,
      cookieOptions(worst, longest),
    );
    expect(length).toBeLessThanOrEqual(4096);
    expect(await unsealSession(sealed, longest)).toEqual(worst);
  });
});
