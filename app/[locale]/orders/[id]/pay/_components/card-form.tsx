'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';

import { CARD_NAME_MAX_LENGTH, type CardField } from '@/lib/domain/test-cards';

import { SubmitButton } from '../../../../_components/submit-button';
import { useProgressiveAction } from '../../../../_components/use-progressive-action';
import { payWithTestCardAction } from '../actions';
import { initialCardFormState } from '../form-state';

const FIELDS: { name: CardField; autoComplete: string; numeric?: boolean; wide?: boolean }[] = [
  { name: 'number', autoComplete: 'cc-number', numeric: true, wide: true },
  { name: 'expiry', autoComplete: 'cc-exp', numeric: true },
  { name: 'cvc', autoComplete: 'cc-csc', numeric: true },
  { name: 'name', autoComplete: 'cc-name', wide: true },
];

export function CardForm({ orderId, total }: { orderId: number; total: string }) {
  const t = useTranslations('Payment');
  const [state, action] = useProgressiveAction(payWithTestCardAction, initialCardFormState);
  const errors = state.errors ?? {};
  const errorCount = Object.keys(errors).length;
  const form = useRef<HTMLFormElement>(null);

  // With JavaScript, take the shopper to what needs their attention.
  useEffect(() => {
    const target = errorCount > 0 ? '[aria-invalid="true"]' : state.problem ? '[role="alert"]' : '';
    if (target) form.current?.querySelector<HTMLElement>(target)?.focus();
  }, [state, errorCount]);

  const alert =
    errorCount > 0
      ? t('formErrors', { count: errorCount })
      : state.problem
        ? state.problem === 'declined'
          ? t('declined')
          : t('startFailed')
        : undefined;

  return (
    <form ref={form} action={action} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="orderId" value={orderId} />
      {alert && (
        <p
          role="alert"
          tabIndex={-1}
          className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900"
        >
          {alert}
        </p>
      )}
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t('cardDetails')}</legend>
        {FIELDS.map(({ name, autoComplete, numeric, wide }) => {
          const error = errors[name];
          return (
            <div key={name} className={`flex flex-col gap-1 ${wide ? 'sm:col-span-2' : ''}`}>
              <label htmlFor={`card-${name}`} className="text-sm font-medium">
                {t(`fields.${name}`)}
              </label>
              <input
                id={`card-${name}`}
                name={name}
                type="text"
                inputMode={numeric ? 'numeric' : undefined}
                autoComplete={autoComplete}
                required
                defaultValue={state.values?.[name] ?? ''}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `card-${name}-error` : undefined}
                className="rounded border border-stone-400 px-3 py-2 aria-invalid:border-red-700"
              />
              {error && (
                <p id={`card-${name}-error`} className="text-sm text-red-800">
                  {t(`errors.${error}`, { max: CARD_NAME_MAX_LENGTH })}
                </p>
              )}
            </div>
          );
        })}
      </fieldset>
      <SubmitButton
        pendingLabel={t('paying')}
        className="self-start rounded bg-brand-700 px-6 py-3 font-medium text-white hover:bg-brand-800"
      >
        {t('pay', { total })}
      </SubmitButton>
    </form>
  );
}
