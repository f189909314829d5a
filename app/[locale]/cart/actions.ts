'use server';

import { refresh } from 'next/cache';
import { getLocale, getTranslations } from 'next-intl/server';

import { MAX_CART_LINES } from '@/lib/domain/cart';
import { redirect } from '@/lib/i18n/navigation';
import {
  addToCart,
  cartLimits,
  clearCart,
  removeFromCart,
  updateCartLine,
  type CartChange,
} from '@/lib/server/cart';
import { applyCoupon, removeCoupon } from '@/lib/server/cart-coupon';
import { productName } from '@/lib/server/catalog';
import { couponMessage } from '@/lib/server/coupon-messages';
import {
  addToCartForm,
  isEnhanced,
  parseQuantity,
  removeFromCartForm,
  updateCartLineForm,
} from '@/lib/validation/cart-forms';
import { couponForm } from '@/lib/validation/coupon-forms';
import { formFields } from '@/lib/validation/form';

import type { CartActionState, CouponActionState } from './action-state';

type Failure = Extract<CartChange, { ok: false }>['code'] | 'INVALID_REQUEST';

async function failure(
  code: Failure,
  details: Pick<CartActionState, 'productId' | 'quantity'>,
): Promise<CartActionState> {
  const t = await getTranslations('CartErrors');
  const quantityError = code === 'QUANTITY_INVALID' || code === 'QUANTITY_TOO_HIGH';
  return {
    status: 'error',
    message: t(code, { max: cartLimits().maxQuantity, maxLines: MAX_CART_LINES }),
    ...details,
    ...(quantityError ? { field: 'quantity' } : {}),
  };
}

/** After a change: refresh what the browser shows; a plain form post is redirected (303). */
async function success(formData: FormData, message: string): Promise<CartActionState> {
  return showCart(formData, { status: 'success', message });
}

async function showCart<State extends { status: string }>(
  formData: FormData,
  state: State,
): Promise<State> {
  refresh();
  if (!isEnhanced(formData)) redirect({ href: '/cart', locale: await getLocale() });
  return state;
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

export async function updateCartLineAction(
  _previous: CartActionState,
  formData: FormData,
): Promise<CartActionState> {
  const input = updateCartLineForm.safeParse(formFields(formData));
  if (!input.success) return failure('INVALID_REQUEST', {});
  const { productId, quantity: typed } = input.data;
  const quantity = parseQuantity(typed);
  if (quantity === undefined) return failure('QUANTITY_INVALID', { productId, quantity: typed });
  const result = await updateCartLine(productId, quantity);
  if (!result.ok) return failure(result.code, { productId, quantity: typed });
  return success(formData, (await getTranslations('Cart'))('updated'));
}

export async function removeFromCartAction(
  _previous: CartActionState,
  formData: FormData,
): Promise<CartActionState> {
  const input = removeFromCartForm.safeParse(formFields(formData));
  if (!input.success) return failure('INVALID_REQUEST', {});
  const { productId } = input.data;
  const result = await removeFromCart(productId);
  // Already gone (removed in another tab, or deleted from the shop): nothing changes, and the page,
  // which still showed the line, is brought up to date with the cart as it is.
  if (!result.ok) return showCart(formData, await failure(result.code, { productId }));
  const name = (await productName(productId, await getLocale())) ?? '';
  return success(formData, (await getTranslations('Cart'))('removed', { name }));
}

export async function clearCartAction(
  _previous: CartActionState,
  formData: FormData,
): Promise<CartActionState> {
  await clearCart();
  return success(formData, (await getTranslations('Cart'))('cleared'));
}

export async function applyCouponAction(
  _previous: CouponActionState,
  formData: FormData,
): Promise<CouponActionState> {
  const input = couponForm.safeParse(formFields(formData));
  const typed = input.success ? input.data.code : '';
  const locale = await getLocale();
  if (typed.trim() === '') {
    return { status: 'error', code: typed, message: await couponMessage('CODE_MISSING', locale) };
  }
  const result = await applyCoupon(typed, locale);
  if (!result.ok) {
    // Nothing changed: the form shows why, next to the code as it was typed.
    const message = await couponMessage(result.code, locale, result.minSubtotal);
    return { status: 'error', code: typed, message };
  }
  const t = await getTranslations('Coupon');
  return showCart(formData, { status: 'success', message: t('applied', { code: result.code }) });
}

export async function removeCouponAction(
  _previous: CouponActionState,
  formData: FormData,
): Promise<CouponActionState> {
  const removed = await removeCoupon();
  const t = await getTranslations('Coupon');
  return showCart(formData, {
    status: 'success',
    message: removed === undefined ? undefined : t('removed', { code: removed }),
  });
}
