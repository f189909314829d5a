'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';

import type { CouponField } from '@/lib/validation/admin-coupon';

import { SubmitButton } from '../../../_components/submit-button';
import { useProgressiveAction } from '../../../_components/use-progressive-action';
import { saveCouponAction } from '../actions';
import { initialCouponFormState } from '../form-state';

const input = 'rounded border border-stone-400 px-3 py-2 aria-invalid:border-red-700';

export function CouponForm({ id, defaults }: { id?: number; defaults: Record<string, string> }) {
  const t = useTranslations('Admin.coupons.form');
  const [state, action] = useProgressiveAction(saveCouponAction, initialCouponFormState);
  const errors = state.errors ?? {};
  const errorCount = Object.keys(errors).length;
  const values = state.values ?? defaults;
  const kind = values.kind === 'amount' ? 'amount' : 'percent';
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (errorCount > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state, errorCount]);

  const field = (name: CouponField, options: { type?: string; hint?: string } = {}) => {
    const code = errors[name];
    const described = [code && `coupon-${name}-error`, options.hint && `coupon-${name}-hint`]
      .filter(Boolean)
      .join(' ');
    return (
      <div className="flex flex-col gap-1">
        <label htmlFor={`coupon-${name}`} className="text-sm font-medium">
          {t(name)}
        </label>
        <input
          id={`coupon-${name}`}
          name={name}
          type={options.type ?? 'text'}
          defaultValue={values[name] ?? ''}
          aria-invalid={code ? true : undefined}
          aria-describedby={described || undefined}
          className={input}
        />
        {options.hint && (
          <p id={`coupon-${name}-hint`} className="text-xs text-stone-700">
            {options.hint}
          </p>
        )}
        {code && (
          <p id={`coupon-${name}-error`} className="text-sm text-red-800">
            {t(`errors.${code}`)}
          </p>
        )}
      </div>
    );
  };

  return (
    <form ref={form} action={action} noValidate className="flex max-w-xl flex-col gap-5">
      {id !== undefined && <input type="hidden" name="id" value={id} />}
      {errorCount > 0 && (
        <p
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900"
        >
          {t('formErrors', { count: errorCount })}
        </p>
      )}
      {field('code', { hint: t('codeHint') })}
      <fieldset className="flex flex-col gap-3 rounded border border-stone-300 p-4">
        <legend className="px-1 font-semibold">{t('kind')}</legend>
        <div className="flex flex-wrap gap-4">
          {(['percent', 'amount'] as const).map((option) => (
            <label key={option} className="flex items-center gap-2">
              <input type="radio" name="kind" value={option} defaultChecked={kind === option} />
              {t(option === 'percent' ? 'kindPercent' : 'kindAmount')}
            </label>
          ))}
        </div>
        {/* The choice above says which of the two counts; the other is ignored. */}
        <div className="grid gap-3 sm:grid-cols-2">
          {field('percent')}
          {field('amount')}
        </div>
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        {field('validFrom', { type: 'date', hint: t('validHint') })}
        {field('validTo', { type: 'date' })}
      </div>
      {field('minSubtotal')}
      {field('maxUses')}
      <label className="flex items-center gap-2">
        <input type="checkbox" name="active" defaultChecked={values.active === 'on'} />
        {t('active')}
      </label>
      <SubmitButton
        pendingLabel={t('saving')}
        className="self-start rounded bg-brand-700 px-6 py-3 font-medium text-white hover:bg-brand-800"
      >
        {t('save')}
      </SubmitButton>
    </form>
  );
}
