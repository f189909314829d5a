'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';

import type { CartCoupon } from '@/lib/domain/coupons';

import { idleCouponState } from '../action-state';
import { applyCouponAction, removeCouponAction } from '../actions';
import { SubmitButton } from '../../_components/submit-button';
import { useProgressiveAction } from '../../_components/use-progressive-action';

/** The cart's coupon as shown while an action runs: `pending` until the server has checked it. */
export type ViewCoupon = CartCoupon & { pending?: boolean };

/** The discount line under the subtotal: the code, what it takes off, and a way to remove it. */
export function CouponLine({
  coupon,
  discount,
  applies,
  money,
  change,
  announce,
}: {
  coupon: ViewCoupon;
  discount: string;
  applies: boolean;
  money: (amount: string) => string;
  change: (coupon: ViewCoupon | undefined) => void;
  announce: (message: string | undefined) => void;
}) {
  const t = useTranslations('Coupon');
  const [, removeAction] = useProgressiveAction(removeCouponAction, idleCouponState, {
    optimistic: () => change(undefined),
    done: (state) => announce(state.message),
  });
  const what =
    coupon.discount.kind === 'percent'
      ? t('percentOff', { percent: coupon.discount.percent })
      : t('amountOff', { amount: money(coupon.discount.amount) });
  // Shown only when it does not apply: for a reason the server gave, or a subtotal now too small.
  const reason =
    coupon.problem && coupon.problem !== 'COUPON_BELOW_MINIMUM'
      ? t(`errors.${coupon.problem}`)
      : t('errors.COUPON_BELOW_MINIMUM', { min: money(coupon.minSubtotal ?? '0') });

  return (
    <div className="flex flex-wrap items-baseline justify-end gap-x-3 gap-y-1 text-right">
      {coupon.pending ? (
        <p>
          {t('line', { code: coupon.code })}: {t('checking')}
        </p>
      ) : applies ? (
        <p>
          {t('line', { code: coupon.code })} ({what}): <strong>−{money(discount)}</strong>
        </p>
      ) : (
        <p className="text-amber-900">{t('notApplied', { code: coupon.code, reason })}</p>
      )}
      {!coupon.pending && (
        <form action={removeAction}>
          <SubmitButton
            label={t('removeOf', { code: coupon.code })}
            className="text-sm text-red-800 underline"
          >
            {t('remove')}
          </SubmitButton>
        </form>
      )}
    </div>
  );
}

/** "Coupon code" and Apply: without JavaScript a plain post, with it the line shows at once. */
export function CouponForm({
  change,
  announce,
}: {
  change: (coupon: ViewCoupon | undefined) => void;
  announce: (message: string | undefined) => void;
}) {
  const t = useTranslations('Coupon');
  const [state, action] = useProgressiveAction(applyCouponAction, idleCouponState, {
    optimistic: (formData) => {
      const code = String(formData.get('code') ?? '').trim();
      if (code === '') return;
      change({
        code: code.toUpperCase(),
        discount: { kind: 'amount', amount: '0' },
        minSubtotal: null,
        pending: true,
      });
    },
    done: (next) => announce(next.status === 'success' ? next.message : undefined),
  });
  const inputId = useId();
  const errorId = useId();
  const error = state.status === 'error' ? state : undefined;

  return (
    <form action={action} noValidate className="flex flex-col items-end gap-1">
      <div className="flex items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={inputId} className="text-sm font-medium">
            {t('label')}
          </label>
          <input
            // A new key after each answer: the field shows what the server kept (the typed
            // code after an error, empty after success).
            key={`${state.status}-${state.code ?? ''}-${state.message ?? ''}`}
            id={inputId}
            name="code"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={200}
            defaultValue={error?.code ?? ''}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            className="w-40 rounded border border-stone-400 px-2 py-1 uppercase aria-invalid:border-red-700"
          />
        </div>
        <SubmitButton
          pendingLabel={t('applying')}
          className="rounded border border-brand-700 px-3 py-1 text-sm text-brand-800 hover:bg-brand-50"
        >
          {t('apply')}
        </SubmitButton>
      </div>
      {error && (
        <p id={errorId} role="alert" className="text-sm font-medium text-red-800">
          {error.message}
        </p>
      )}
    </form>
  );
}
