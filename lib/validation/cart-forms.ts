import { z } from 'zod';

import { parseId } from './id';

// Forms post ids and quantities only: prices always come from the database. An id is read as
// parseId reads every id, digits only: "1e1" is not 10, nor " 2 " 2.
const productId = z.string().transform(parseId).pipe(z.number().int().positive());
const quantityText = z.string().trim().max(12);

export const addToCartForm = z.object({
  productId,
  quantity: quantityText,
  override: z.literal('on').optional(),
});

export const updateCartLineForm = z.object({ productId, quantity: quantityText });
export const removeFromCartForm = z.object({ productId });

/** A quantity as typed: a whole number, or undefined for anything else ("", "2.5", "abc"). */
export function parseQuantity(text: string): number | undefined {
  return /^\d{1,4}$/.test(text) ? Number(text) : undefined;
}

export function formFields(formData: FormData): Record<string, string> {
  return Object.fromEntries(
    [...formData.entries()].flatMap(([key, value]) =>
      typeof value === 'string' && !key.startsWith('$ACTION') ? [[key, value]] : [],
    ),
  );
}

/** Set by the client when it calls an action itself; a plain form post (no JavaScript) lacks it. */
export const ENHANCED_FIELD = '_js';

export function isEnhanced(formData: FormData): boolean {
  return formData.get(ENHANCED_FIELD) === '1';
}
