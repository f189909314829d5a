import 'server-only';

import type { Locale } from '@/lib/i18n/locales';
import { refusedChangeMessage } from '@/lib/server/cart-page/view';
import { cartPostError, type PageQuery } from '@/lib/validation/cart-forms';

import type { CartActionState } from './action-state';

/**
 * Adding to the cart refused after a form post without JavaScript, told by the query the post
 * was sent back to (lib/server/cart-post.ts): the state the product page's add-to-cart form
 * shows, as the server action answers it with JavaScript.
 */
export function refusedChange(query: PageQuery, locale: Locale): CartActionState | undefined {
  const refusal = cartPostError(query);
  return refusal && { status: 'error', ...refusedChangeMessage(refusal, locale) };
}
