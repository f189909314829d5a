import 'server-only';

import { getTranslations } from 'next-intl/server';

import { MAX_CART_LINES } from '@/lib/domain/cart';
import { cartLimits } from '@/lib/server/cart';
import { cartPostError } from '@/lib/validation/cart-forms';

import type { CartActionState } from './action-state';

/**
 * A cart change refused after a form post without JavaScript, told by the query the post was
 * sent back to (lib/server/cart-post.ts): the state the cart form shows, as the server action
 * answers it with JavaScript. The cart page shows it next to its line, the product page in its
 * add-to-cart form.
 */
export async function refusedChange(
  query: Record<string, string | string[] | undefined>,
): Promise<CartActionState | undefined> {
  const refusal = cartPostError(query);
  if (!refusal) return undefined;
  const t = await getTranslations('CartErrors');
  const quantityError = refusal.code === 'QUANTITY_INVALID' || refusal.code === 'QUANTITY_TOO_HIGH';
  return {
    status: 'error',
    message: t(refusal.code, { max: cartLimits().maxQuantity, maxLines: MAX_CART_LINES }),
    productId: refusal.line,
    quantity: refusal.quantity,
    ...(quantityError ? { field: 'quantity' } : {}),
  };
}
