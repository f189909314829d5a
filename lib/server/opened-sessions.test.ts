import { afterEach, describe, expect, it, vi } from 'vitest';

import type { SessionData } from '../validation/session';
import { OpenedSessions } from './opened-sessions';
import * as sessionCookie from './session-cookie';

vi.mock('./session-cookie', async (importOriginal) => {
  const original = await importOriginal<typeof import('./session-cookie')>();
  return { ...original, unsealSession: vi.fn(original.unsealSession) };
});

const settings: sessionCookie.SessionSettings = {
  cookieName: 'myshop_session',
  secrets: ['s'.repeat(32)],
  cookieAge: 1209600,
  secure: true,
  expireAtBrowserClose: false,
};
const someCart: SessionData = { cart: [[3, 2, '19.90', 29_412_345]], coupon: 'TEA10' };
const unseal = vi.mocked(sessionCookie.unsealSession);

afterEach(() => {
  unseal.mockClear();
  vi.useRealTimers();
});

describe('opened sessions', () => {
  it('unseals a cookie once and answers the same session again', async () => {
    const sessions = new OpenedSessions(settings);
    const sealed = await sessionCookie.sealSession(someCart, settings);
    expect(await sessions.open(sealed)).toEqual(someCart);
    expect(await sessions.open(sealed)).toEqual(someCart);
    expect(unseal).toHaveBeenCalledTimes(1);
    const other = await sessionCookie.sealSession({ cart: [] }, settings);
    expect(await sessions.open(other)).toEqual({ cart: [] });
    expect(unseal).toHaveBeenCalledTimes(2);
  });

  it('gives every caller its own copy', async () => {
    const sessions = new OpenedSessions(settings);
    const sealed = await sessionCookie.sealSession(someCart, settings);
    const first = await sessions.open(sealed);
    first.cart.push([4, 1, '5.00']);
    first.coupon = 'OTHER';
    expect(await sessions.open(sealed)).toEqual(someCart);
  });

  it('reads a missing cookie as an empty session without unsealing', async () => {
    const sessions = new OpenedSessions(settings);
    expect(await sessions.open(undefined)).toEqual({ cart: [] });
    expect(await sessions.open('')).toEqual({ cart: [] });
    expect(unseal).not.toHaveBeenCalled();
  });

  it('stops answering a session once its seal has expired', async () => {
    vi.useFakeTimers({ now: Date.now(), toFake: ['Date'] });
    const sessions = new OpenedSessions(settings);
    // A per-session lifetime of 30 seconds, sealed into the cookie.
    const sealed = await sessionCookie.sealSession({ ...someCart, age: 30 }, settings);
    expect(await sessions.open(sealed)).toEqual({ ...someCart, age: 30 });
    vi.advanceTimersByTime(20_000);
    await sessions.open(sealed);
    expect(unseal).toHaveBeenCalledTimes(1);
    // Past the seal's expiry and iron's 60 s allowance for clock skew: unsealed again, and empty.
    vi.advanceTimersByTime(100_000);
    expect(await sessions.open(sealed)).toEqual({ cart: [] });
    expect(unseal).toHaveBeenCalledTimes(2);
  });

  it('unseals a cookie again after a minute, and forgets everything when full', async () => {
    vi.useFakeTimers({ now: Date.now(), toFake: ['Date'] });
    const sessions = new OpenedSessions(settings, 2);
    const [a, b, c] = await Promise.all(
      [1, 2, 3].map((id) => sessionCookie.sealSession({ cart: [[id, 1, '1.00']] }, settings)),
    );
    await sessions.open(a);
    vi.advanceTimersByTime(61_000);
    await sessions.open(a);
    expect(unseal).toHaveBeenCalledTimes(2);
    await sessions.open(b);
    await sessions.open(c);
    await sessions.open(b);
    expect(unseal).toHaveBeenCalledTimes(5);
  });
});
