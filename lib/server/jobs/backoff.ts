import 'server-only';

/** Waiting longer than this between two tries only delays the operator's view of a lasting failure. */
const MAX_DELAY_MS = 6 * 60 * 60 * 1000;

/**
 * How long a job waits after its try number `attempt` (1-based) failed: base, 2×base, 4×base, ...
 * Doubling gives a short outage a quick recovery and a long one few wasted tries.
 */
export function backoffDelayMs(attempt: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempt - 1), MAX_DELAY_MS);
}

/** One readable line for the monitoring page; stacks belong in the worker's log. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > 2000 ? `${text.slice(0, 1999)}…` : text;
}
