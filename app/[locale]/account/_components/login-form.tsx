'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';

import { SubmitButton } from '../../_components/submit-button';
import { useProgressiveAction } from '../../_components/use-progressive-action';
import { loginAction } from '../actions';
import { initialLoginState } from '../form-state';
import { alertClass, FormField, primaryButtonClass } from './form-field';

export function LoginForm({ next }: { next?: string }) {
  const t = useTranslations('Account');
  const [state, action] = useProgressiveAction(loginAction, initialLoginState);
  const errors = state.errors ?? {};
  const errorCount = Object.keys(errors).length;
  const form = useRef<HTMLFormElement>(null);
  const alert = useRef<HTMLParagraphElement>(null);

  // With JavaScript: focus the first field to fix, or the message saying why login failed.
  useEffect(() => {
    if (errorCount > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    else if (state.problem) alert.current?.focus();
  }, [state, errorCount]);

  return (
    <form ref={form} action={action} noValidate className="flex flex-col gap-4">
      {next && <input type="hidden" name="next" value={next} />}
      {state.problem && (
        <p ref={alert} role="alert" tabIndex={-1} className={alertClass}>
          {state.problem.code === 'LOCKED'
            ? t('locked', { minutes: state.problem.minutes })
            : t('invalidCredentials')}
        </p>
      )}
      {errorCount > 0 && (
        <p role="alert" className={alertClass}>
          {t('formErrors', { count: errorCount })}
        </p>
      )}
      <FormField
        id="login-email"
        name="email"
        type="email"
        label={t('fields.email')}
        autoComplete="email"
        defaultValue={state.values?.email}
        error={errors.email && t(`errors.${errors.email}`, { min: 0 })}
      />
      <FormField
        id="login-password"
        name="password"
        type="password"
        label={t('fields.password')}
        autoComplete="current-password"
        error={errors.password && t(`errors.${errors.password}`, { min: 0 })}
      />
      <div className="flex flex-col gap-1">
        <div className="flex items-center gap-2">
          <input
            id="login-remember"
            name="remember"
            type="checkbox"
            defaultChecked={state.values?.remember}
            aria-describedby="login-remember-hint"
            className="size-5"
          />
          <label htmlFor="login-remember" className="text-sm font-medium">
            {t('fields.remember')}
          </label>
        </div>
        <p id="login-remember-hint" className="text-sm text-stone-700">
          {t('rememberHint')}
        </p>
      </div>
      <SubmitButton pendingLabel={t('loggingIn')} className={primaryButtonClass}>
        {t('logIn')}
      </SubmitButton>
    </form>
  );
}
