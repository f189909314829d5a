import { describe, expect, it } from 'vitest';

import { lockout, strictest } from './login-lockout';

const minute = 60_000;
const rule = { maxFailures: 5, windowMs: 15 * minute };
const now = 1_000 * minute;
const ago = (...minutes: number[]) => minutes.map((m) => now - m * minute);

describe('lockout', () => {
  it('allows logins below the limit', () => {
    expect(lockout([], now, rule)).toEqual({ locked: false });
    expect(lockout(ago(1, 2, 3, 4), now, rule)).toEqual({ locked: false });
  });

  it('refuses the next login after five failures within the window', () => {
    expect(lockout(ago(1, 2, 3, 4, 5), now, rule)).toEqual({
      locked: true,
      // The oldest of the five counts for 10 more minutes.
      retryAfterMs: 10 * minute,
    });
  });

  it('does not count failures older than the window', () => {
    expect(lockout(ago(1, 2, 3, 4, 15, 20), now, rule)).toEqual({ locked: false });
  });

  it('waits until enough failures have aged out, however many there were', () => {
    const verdict = lockout(ago(1, 2, 3, 4, 5, 6, 14), now, rule);
    // Seven failures: the count drops below five when the fifth-newest (5 minutes ago) ages out.
    expect(verdict).toEqual({ locked: true, retryAfterMs: 10 * minute });
  });

  it('follows the configured limits', () => {
    expect(lockout(ago(1, 2), now, { maxFailures: 2, windowMs: 5 * minute })).toEqual({
      locked: true,
      retryAfterMs: 3 * minute,
    });
  });
});

describe('strictest', () => {
  it('takes the longest lockout of the e-mail and the address', () => {
    expect(strictest([{ locked: false }, { locked: false }])).toEqual({ locked: false });
    expect(
      strictest([
        { locked: true, retryAfterMs: 5 },
        { locked: false },
        { locked: true, retryAfterMs: 9 },
      ]),
    ).toEqual({ locked: true, retryAfterMs: 9 });
  });
});
