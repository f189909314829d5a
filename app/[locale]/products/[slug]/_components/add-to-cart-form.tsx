'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useId } from 'react';

import { cartPostPath } from '@/lib/validation/cart-post-path';

import { idleState, type CartActionState } from '../../../cart/action-state';
import { addToCartAction } from '../../../cart/actions';
import { useCartCount } from '../../../_components/cart-count';
import { QuantityInput } from '../../../_components/quantity-input';
import { SubmitButton } from '../../../_components/submit-button';
import { useProgressiveAction } from '../../../_components/use-progressive-action';

export function AddToCartForm({
  productId,
  inCart,
  maxQuantity,
  refused,
}: {
  productId: number;
  inCart: number;
  maxQuantity: number;
  /** Adding refused after a form post without JavaScript (lib/server/cart-post.ts). */
  refused?: CartActionState;
}) {
  const t = useTranslations('AddToCart');
  const locale = useLocale();
  const { adjust } = useCartCount();
  const [state, , form] = useProgressiveAction(addToCartAction, refused ?? idleState, {
    permalink: cartPostPath(locale, 'add'),
    optimistic: (formData) => {
      const quantity = Number(formData.get('quantity'));
      if (!Number.isInteger(quantity) || quantity < 1 || quantity > maxQuantity) return;
      adjust(formData.get('override') === 'on' ? quantity - inCart : quantity);
    },
  });
  const quantityId = useId();
  const errorId = useId();
  const quantityError = state.status === 'error' && state.field === 'quantity';

  return (
    <form
      {...form}
      noValidate
      className="flex flex-col gap-3 rounded-lg border border-stone-200 p-4"
    >
      <input type="hidden" name="productId" value={productId} />
      <div className="flex flex-wrap items-end gap-3">
        <QuantityInput
          id={quantityId}
          label={t('quantity')}
          min={1}
          max={maxQuantity}
          defaultValue={state.status === 'error' ? (state.quantity ?? '1') : '1'}
          invalid={quantityError}
          errorId={state.status === 'error' ? errorId : undefined}
        />
        <SubmitButton
          pendingLabel={t('adding')}
          className="rounded bg-brand-700 px-5 py-2 font-medium text-white hover:bg-brand-800"
        >
          {t('add')}
        </SubmitButton>
      </div>
      {inCart > 0 && (
        <div className="flex flex-col gap-1 text-sm">
          <p>{t('inCart', { count: inCart })}</p>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="override" className="size-4" />
            {t('override')}
          </label>
        </div>
      )}
      {state.status === 'error' && (
        <p id={errorId} role="alert" className="text-sm font-medium text-red-800">
          {state.message}
        </p>
      )}
      <p role="status" className="text-sm text-brand-800">
        {state.status === 'success' ? state.message : ''}
      </p>
    </form>
  );
}
