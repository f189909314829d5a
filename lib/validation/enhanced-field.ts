// Kept apart from cart-forms.ts, whose zod schemas would otherwise travel to the browser with the
// one constant the client needs (zod is 30 KB gzip in a client bundle).

/** Set by the client when it calls an action itself; a plain form post (no JavaScript) lacks it. */
export const ENHANCED_FIELD = '_js';

export function isEnhanced(formData: FormData): boolean {
  return formData.get(ENHANCED_FIELD) === '1';
}
