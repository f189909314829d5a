'use server';

import { refresh } from 'next/cache';
import { getLocale, getTranslations } from 'next-intl/server';

import { redirect } from '@/lib/i18n/navigation';
import { addToCart, type CartChange } from '@/lib/server/cart';
import { refusedChangeMessage } from '@/lib/server/cart-page/view';
import { productName } from '@/lib/server/catalog';
import { addToCartForm, isEnhanced, parseQuantity } from '@/lib/validation/cart-forms';
import { formFields } from '@/lib/validation/form';

import type { CartActionState } from './action-state';

type Failure = Extract<CartChange, { ok: false }>['code'] | 'INVALID_REQUEST';

async function failure(
  code: Failure,
  details: Pick<CartActionState, 'productId' | 'quantity'>,
): Promise<CartActionState> {
  const refusal = { code, line: details.productId, quantity: details.quantity };
  return { status: 'error', ...refusedChangeMessage(refusal, await getLocale()) };
}

/** After adding: refresh what the browser shows; a plain form post is redirected (303). */
async function success(formData: FormData, message: string): Promise<CartActionState> {
  refresh();
  if (!isEnhanced(formData)) redirect({ href: '/cart', locale: await getLocale() });
  return { status: 'success', message };
}

export async function addToCartAction(
  _previous: CartActionState,
  formData: FormData,
): Promise<CartActionState> {
  const input = addToCartForm.safeParse(formFields(formData));
  if (!input.success) return failure('INVALID_REQUEST', {});
  const { productId, quantity: typed, override } = input.data;
  const quantity = parseQuantity(typed);
  if (quantity === undefined) return failure('QUANTITY_INVALID', { productId, quantity: typed });
  const result = await addToCart(productId, quantity, override === 'on');
  if (!result.ok) return failure(result.code, { productId, quantity: typed });
  const name = (await productName(productId, await getLocale())) ?? '';
  return success(formData, (await getTranslations('AddToCart'))('added', { name, quantity }));
}
