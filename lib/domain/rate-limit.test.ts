import { describe, expect, it } from 'vitest';

import {
  charge,
  refund,
  remaining,
  retryMinutes,
  strictest,
  type Budget,
  type BudgetState,
} from './rate-limit';

const minute = 60_000;
const budget: Budget = { limit: 5, windowMs: 15 * minute };
const now = 1_000 * minute;

/** Charges `times` units one after another at `at`, returning the last result. */
function spend(times: number, at = now, state?: BudgetState) {
  let current = state;
  let last = charge(current, at, budget);
  current = last.state;
  for (let i = 1; i < times; i += 1) {
    last = charge(current, at, budget);
    current = last.state;
  }
  return last;
}

describe('charge', () => {
  it('allows the whole budget at once, and refuses the next unit', () => {
    const fifth = spend(5);
    expect(fifth.verdict).toEqual({ allowed: true });
    expect(fifth.state.fullAt).toBe(now + 15 * minute);
    const sixth = charge(fifth.state, now, budget);
    // One unit comes back every 15 / 5 = 3 minutes.
    expect(sixth.verdict).toEqual({ allowed: false, retryAfterMs: 3 * minute });
    // A refused charge spends nothing: waiting is enough to be let in again.
    expect(sixth.state).toEqual(fifth.state);
    expect(charge(sixth.state, now + 3 * minute, budget).verdict).toEqual({ allowed: true });
  });

  it('refills evenly: a sustained rate is the budget per window, never more', () => {
    let state: BudgetState | undefined = spend(5).state;
    let allowed = 0;
    // One try a minute for an hour: after the first burst, one in three gets through.
    for (let m = 1; m <= 60; m += 1) {
      const result = charge(state, now + m * minute, budget);
      state = result.state;
      if (result.verdict.allowed) allowed += 1;
    }
    expect(allowed).toBe(20);
  });

  it('forgets spending older than the window', () => {
    const spent = spend(5).state;
    expect(remaining(spent, now, budget)).toBe(0);
    expect(remaining(spent, now + 6 * minute, budget)).toBe(2);
    expect(remaining(spent, now + 15 * minute, budget)).toBe(5);
    expect(spend(5, now + 15 * minute, spent).verdict).toEqual({ allowed: true });
  });

  it('charges a cost of several units at once, or not at all', () => {
    const three = charge(undefined, now, budget, 3);
    expect(three.verdict).toEqual({ allowed: true });
    const another = charge(three.state, now, budget, 3);
    expect(another.verdict).toEqual({ allowed: false, retryAfterMs: 3 * minute });
    expect(remaining(another.state, now, budget)).toBe(2);
    expect(charge(undefined, now, budget, 6).verdict).toEqual({
      allowed: false,
      retryAfterMs: 15 * minute,
    });
  });
});

describe('refund', () => {
  it('gives a reserved unit back, never more than was spent', () => {
    const state = spend(5).state;
    expect(remaining(refund(state, now, budget), now, budget)).toBe(1);
    expect(refund({ fullAt: now - minute }, now, budget)).toEqual({ fullAt: now });
  });
});

describe('strictest and retryMinutes', () => {
  it('waits for the longest refusal, and never says zero minutes', () => {
    expect(strictest([{ allowed: true }])).toEqual({ allowed: true });
    expect(
      strictest([
        { allowed: false, retryAfterMs: 1000 },
        { allowed: true },
        { allowed: false, retryAfterMs: 5000 },
      ]),
    ).toEqual({ allowed: false, retryAfterMs: 5000 });
    expect(retryMinutes(1)).toBe(1);
    expect(retryMinutes(3 * minute)).toBe(3);
    expect(retryMinutes(3 * minute + 1)).toBe(4);
  });
});
