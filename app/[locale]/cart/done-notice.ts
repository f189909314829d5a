import 'server-only';

import { getTranslations } from 'next-intl/server';

import type { Locale } from '@/lib/i18n/locales';
import { productName } from '@/lib/server/catalog';
import { cartPostDone } from '@/lib/validation/cart-forms';

/**
 * What the cart says after a change made by a form post without JavaScript, told by the query
 * the post was sent back to (lib/server/cart-post.ts): the words of the server action's answer
 * with JavaScript, in the cart's status line. `names` are the cart's own lines' names.
 */
export async function doneNotice(
  query: Record<string, string | string[] | undefined>,
  locale: Locale,
  names: ReadonlyMap<number, string>,
): Promise<string | undefined> {
  const done = cartPostDone(query);
  if (!done) return undefined;
  const t = await getTranslations({ locale, namespace: 'Cart' });
  if (done.kind === 'updated') return t('updated');
  if (done.kind === 'cleared') return t('cleared');
  const name =
    done.line === undefined
      ? undefined
      : (names.get(done.line) ?? (await productName(done.line, locale)));
  if (name === undefined) return t('updated');
  if (done.kind === 'removed') return t('removed', { name });
  if (done.quantity === undefined) return t('updated');
  const added = await getTranslations({ locale, namespace: 'AddToCart' });
  return added('added', { name, quantity: done.quantity });
}
