/**
 * A budget: at most `limit` units of cost within any `windowMs`, refilled evenly (one unit every
 * windowMs / limit). A login failure, a registration or a password check costs 1.
 */
export type Budget = { limit: number; windowMs: number };

/**
 * What is stored per key: the moment at which the key's budget is whole again ("theoretical
 * arrival time" of the generic cell rate algorithm). One number per key, whatever the traffic;
 * a key whose moment has passed holds nothing and can be forgotten.
 */
export type BudgetState = { fullAt: number };

export type Verdict = { allowed: true } | { allowed: false; retryAfterMs: number };

/** How long one unit of cost takes to come back. */
export function refillMs(budget: Budget): number {
  return budget.windowMs / budget.limit;
}

/**
 * Spends `cost` from a budget at `now`. Allowed while the spent part, counting this cost, fits in
 * the window; refused otherwise, with how long until it would fit. A refused charge spends nothing.
 */
export function charge(
  state: BudgetState | undefined,
  now: number,
  budget: Budget,
  cost = 1,
): { verdict: Verdict; state: BudgetState } {
  const from = Math.max(state?.fullAt ?? now, now);
  const fullAt = from + cost * refillMs(budget);
  const over = fullAt - now - budget.windowMs;
  // A cost larger than the whole budget could never fit: it is refused for a whole window.
  if (cost > budget.limit) {
    return { verdict: { allowed: false, retryAfterMs: budget.windowMs }, state: { fullAt: from } };
  }
  if (over > 0) {
    return { verdict: { allowed: false, retryAfterMs: Math.ceil(over) }, state: { fullAt: from } };
  }
  return { verdict: { allowed: true }, state: { fullAt } };
}

/** Gives `cost` back (a reserved attempt that turned out not to count), never below empty. */
export function refund(state: BudgetState, now: number, budget: Budget, cost = 1): BudgetState {
  return { fullAt: Math.max(now, state.fullAt - cost * refillMs(budget)) };
}

/** The units still free at `now`, rounded down: what a test or a log line can show. */
export function remaining(state: BudgetState | undefined, now: number, budget: Budget): number {
  const spent = Math.max(0, (state?.fullAt ?? now) - now) / refillMs(budget);
  return Math.max(0, Math.floor(budget.limit - spent + 1e-9));
}

/** The longest wait of several verdicts, or allowed if all are. */
export function strictest(verdicts: readonly Verdict[]): Verdict {
  let result: Verdict = { allowed: true };
  for (const verdict of verdicts) {
    if (!verdict.allowed && (result.allowed || verdict.retryAfterMs > result.retryAfterMs)) {
      result = verdict;
    }
  }
  return result;
}

/** Whole minutes to tell a visitor to wait: never "0 minutes". */
export function retryMinutes(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 60_000));
}
