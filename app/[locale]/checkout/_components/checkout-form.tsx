'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';

import type { CheckoutField } from '@/lib/validation/checkout';

import { SubmitButton } from '../../_components/submit-button';
import { useProgressiveAction } from '../../_components/use-progressive-action';
import { placeOrderAction } from '../actions';
import { initialCheckoutState } from '../form-state';

const FIELDS: { name: CheckoutField; autoComplete: string; type?: string; wide?: boolean }[] = [
  { name: 'firstName', autoComplete: 'given-name' },
  { name: 'lastName', autoComplete: 'family-name' },
  { name: 'email', autoComplete: 'email', type: 'email', wide: true },
  { name: 'address', autoComplete: 'street-address', wide: true },
  { name: 'postalCode', autoComplete: 'postal-code' },
  { name: 'city', autoComplete: 'address-level2' },
];

export function CheckoutForm({
  cartToken,
  maxTotal,
  totalTooHigh,
}: {
  cartToken?: string;
  // The largest total an order may have, formatted; and whether the cart comes to more.
  maxTotal: string;
  totalTooHigh: boolean;
}) {
  const t = useTranslations('Checkout');
  const [state, action] = useProgressiveAction(placeOrderAction, initialCheckoutState);
  const errors = state.errors ?? {};
  const errorCount = Object.keys(errors).length;
  const form = useRef<HTMLFormElement>(null);

  // With JavaScript, take the shopper to the first field to fix, or to what else went wrong.
  useEffect(() => {
    const target = errorCount > 0 ? '[aria-invalid="true"]' : state.problem ? '[role="alert"]' : '';
    if (target) form.current?.querySelector<HTMLElement>(target)?.focus();
  }, [state, errorCount]);

  const alert =
    errorCount > 0
      ? t('formErrors', { count: errorCount })
      : state.problem === 'coupon'
        ? state.message
        : state.problem === 'tooMany'
          ? t('tooMany', { minutes: state.minutes ?? 1 })
          : totalTooHigh || state.problem === 'totalTooHigh'
            ? t('totalTooHigh', { max: maxTotal })
            : undefined;

  return (
    <form ref={form} action={action} noValidate className="flex flex-col gap-4">
      {cartToken && <input type="hidden" name="cartToken" value={cartToken} />}
      {alert && (
        <p
          role="alert"
          tabIndex={-1}
          className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900"
        >
          {alert}
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {FIELDS.map(({ name, autoComplete, type, wide }) => {
          const error = errors[name];
          return (
            <div key={name} className={`flex flex-col gap-1 ${wide ? 'sm:col-span-2' : ''}`}>
              <label htmlFor={`checkout-${name}`} className="text-sm font-medium">
                {t(`fields.${name}`)}
              </label>
              <input
                id={`checkout-${name}`}
                name={name}
                type={type ?? 'text'}
                autoComplete={autoComplete}
                required
                defaultValue={state.values?.[name] ?? ''}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `checkout-${name}-error` : undefined}
                className="rounded border border-stone-400 px-3 py-2 aria-invalid:border-red-700"
              />
              {error && (
                <p id={`checkout-${name}-error`} className="text-sm text-red-800">
                  {t(`errors.${error}`)}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <SubmitButton
        pendingLabel={t('placing')}
        className="self-start rounded bg-brand-700 px-6 py-3 font-medium text-white hover:bg-brand-800"
      >
        {t('place')}
      </SubmitButton>
    </form>
  );
}
