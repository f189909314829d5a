'use client';

import Image from 'next/image';
import { useLocale, useTranslations } from 'next-intl';
import { useId } from 'react';

import { Link } from '@/lib/i18n/navigation';

import { cartPostPath } from '@/lib/validation/cart-post-path';

import { idleState, type CartActionState } from '../action-state';
import { removeFromCartAction, updateCartLineAction } from '../actions';
import { useCartCount } from '../../_components/cart-count';
import { QuantityInput } from '../../_components/quantity-input';
import { SubmitButton } from '../../_components/submit-button';
import { useProgressiveAction } from '../../_components/use-progressive-action';
import type { CartViewLine, LineChange } from './cart-lines';

export function CartRow({
  line,
  total,
  money,
  maxQuantity,
  holdHours,
  change,
  announce,
  refused,
}: {
  line: CartViewLine;
  total: string;
  money: (amount: string) => string;
  maxQuantity: number;
  holdHours: number;
  change: (change: LineChange) => void;
  announce: (message: string | undefined) => void;
  /** This line's change, refused after a form post without JavaScript (see cart/page.tsx). */
  refused?: CartActionState;
}) {
  const t = useTranslations('Cart');
  const locale = useLocale();
  const { adjust } = useCartCount();
  const [updateState, , updateForm] = useProgressiveAction(
    updateCartLineAction,
    refused ?? idleState,
    {
      permalink: cartPostPath(locale, 'update'),
      optimistic: (formData) => {
        const quantity = Number(formData.get('quantity'));
        if (!Number.isInteger(quantity) || quantity < 0 || quantity > maxQuantity) return;
        change({ type: 'quantity', productId: line.productId, quantity });
        adjust(quantity - line.quantity);
      },
      done: (state) => announce(state.message),
    },
  );
  const [, , removeForm] = useProgressiveAction(removeFromCartAction, idleState, {
    permalink: cartPostPath(locale, 'remove'),
    optimistic: () => {
      change({ type: 'remove', productId: line.productId });
      adjust(-line.quantity);
    },
    done: (state) => announce(state.message),
  });
  const quantityId = useId();
  const errorId = useId();
  const error = updateState.status === 'error' ? updateState : undefined;

  return (
    <li className="grid grid-cols-[4rem_1fr] gap-x-4 gap-y-2 py-4 sm:grid-cols-[5rem_1fr_auto]">
      <Image
        src={`/media/${line.image}`}
        alt=""
        width={80}
        height={80}
        className="row-span-2 aspect-square w-16 rounded object-cover sm:w-20"
      />
      <div className="flex flex-col gap-1">
        <Link href={`/products/${line.slug}`} className="font-medium underline">
          {line.name}
        </Link>
        <p className="text-sm text-stone-700">
          {t('unitPrice')}: {money(line.price)}
        </p>
        {(line.priceChanged || line.repricedFrom !== undefined) && (
          <p className="text-sm text-amber-800">
            {line.repricedFrom === undefined
              ? t('priceChanged', { price: money(line.currentPrice), cartPrice: money(line.price) })
              : t('priceRepriced', {
                  price: money(line.price),
                  cartPrice: money(line.repricedFrom),
                  hours: holdHours,
                })}
          </p>
        )}
        {!line.available && <p className="text-sm font-medium text-red-800">{t('unavailable')}</p>}
      </div>
      <div className="col-start-2 flex flex-wrap items-start gap-3 sm:col-start-3 sm:row-start-1 sm:flex-col sm:items-end">
        <form {...updateForm} noValidate className="flex items-end gap-2">
          <input type="hidden" name="productId" value={line.productId} />
          <QuantityInput
            id={quantityId}
            label={
              <>
                {t('quantity')}
                <span className="sr-only"> — {line.name}</span>
              </>
            }
            min={0}
            max={maxQuantity}
            defaultValue={error?.quantity ?? line.quantity}
            invalid={error?.field === 'quantity'}
            errorId={error ? errorId : undefined}
            compact
          />
          <SubmitButton
            label={t('updateOf', { name: line.name })}
            className="rounded border border-brand-700 px-3 py-1 text-sm text-brand-800 hover:bg-brand-50"
          >
            {t('update')}
          </SubmitButton>
        </form>
        <form {...removeForm}>
          <input type="hidden" name="productId" value={line.productId} />
          <SubmitButton
            label={t('removeOf', { name: line.name })}
            className="text-sm text-red-800 underline"
          >
            {t('remove')}
          </SubmitButton>
        </form>
        <p className="text-sm">
          {t('total')}: <strong>{total}</strong>
        </p>
      </div>
      {error && (
        <p id={errorId} role="alert" className="col-span-full text-sm font-medium text-red-800">
          {error.message}
        </p>
      )}
    </li>
  );
}
