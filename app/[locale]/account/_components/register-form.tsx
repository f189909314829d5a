'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';

import { MIN_PASSWORD_LENGTH } from '@/lib/validation/password-rules';

import { SubmitButton } from '../../_components/submit-button';
import { useProgressiveAction } from '../../_components/use-progressive-action';
import { registerAction } from '../actions';
import { initialRegisterState } from '../form-state';
import { alertClass, FormField, noticeClass, primaryButtonClass } from './form-field';

export function RegisterForm({ next }: { next?: string }) {
  const t = useTranslations('Account');
  const [state, action] = useProgressiveAction(registerAction, initialRegisterState);
  const errors = state.errors ?? {};
  const errorCount = Object.keys(errors).length;
  const form = useRef<HTMLFormElement>(null);
  const notice = useRef<HTMLParagraphElement>(null);
  const message = (field: keyof typeof errors) => {
    const code = errors[field];
    return code && t(`errors.${code}`, { min: MIN_PASSWORD_LENGTH });
  };

  useEffect(() => {
    if (errorCount > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    else if (state.problem || state.mailedTo) notice.current?.focus();
  }, [state, errorCount]);

  return (
    <form ref={form} action={action} noValidate className="flex flex-col gap-4">
      {next && <input type="hidden" name="next" value={next} />}
      {state.problem && (
        <p ref={notice} role="alert" tabIndex={-1} className={alertClass}>
          {t('tooMany', { minutes: state.problem.minutes })}
        </p>
      )}
      {state.mailedTo && (
        <p ref={notice} role="status" tabIndex={-1} className={noticeClass}>
          {t('checkMail', { email: state.mailedTo })}
        </p>
      )}
      {errorCount > 0 && (
        <p role="alert" className={alertClass}>
          {t('formErrors', { count: errorCount })}
        </p>
      )}
      <FormField
        id="register-name"
        name="name"
        label={t('fields.name')}
        autoComplete="name"
        defaultValue={state.values?.name}
        error={message('name')}
      />
      <FormField
        id="register-email"
        name="email"
        type="email"
        label={t('fields.email')}
        autoComplete="email"
        defaultValue={state.values?.email}
        error={message('email')}
      />
      <FormField
        id="register-password"
        name="password"
        type="password"
        label={t('fields.password')}
        autoComplete="new-password"
        hint={t('passwordHint', { min: MIN_PASSWORD_LENGTH })}
        error={message('password')}
      />
      <SubmitButton pendingLabel={t('registering')} className={primaryButtonClass}>
        {t('register')}
      </SubmitButton>
    </form>
  );
}
