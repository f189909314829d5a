/**
 * A database id from outside (a path segment, a form field, a Stripe reference): only plain
 * decimal digits, at most 15 so that it stays a safe integer; anything else is undefined.
 */
export function parseId(value: unknown): number | undefined {
  return typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : undefined;
}
