/** How many failed logins are allowed within how long, per e-mail and per address. */
export type LockoutRule = { maxFailures: number; windowMs: number };

export type LockoutVerdict = { locked: false } | { locked: true; retryAfterMs: number };

/** Failures older than this no longer count. */
export function windowStart(now: number, rule: LockoutRule): number {
  return now - rule.windowMs;
}

/**
 * Whether the next login is refused, given the times (ms) of recent failures for one e-mail or
 * one address. With `maxFailures` of them in the window, it is refused until enough have aged out
 * to leave room for one more try.
 */
export function lockout(
  failures: readonly number[],
  now: number,
  rule: LockoutRule,
): LockoutVerdict {
  const recent = failures.filter((at) => at > windowStart(now, rule)).sort((a, b) => b - a);
  if (recent.length < rule.maxFailures) return { locked: false };
  // The failure whose ageing out brings the count below the limit.
  const freeing = recent[rule.maxFailures - 1] ?? now;
  return { locked: true, retryAfterMs: Math.max(1, freeing + rule.windowMs - now) };
}

/** The stricter of several verdicts (the e-mail's and the address's). */
export function strictest(verdicts: readonly LockoutVerdict[]): LockoutVerdict {
  let result: LockoutVerdict = { locked: false };
  for (const verdict of verdicts) {
    if (verdict.locked && (!result.locked || verdict.retryAfterMs > result.retryAfterMs)) {
      result = verdict;
    }
  }
  return result;
}
