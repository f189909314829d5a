'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';

import { SubmitButton } from '../../_components/submit-button';
import { useProgressiveAction } from '../../_components/use-progressive-action';
import { changePasswordAction } from '../actions';
import { initialPasswordChangeState, type PasswordChangeState } from '../form-state';
import { alertClass, FormField, primaryButtonClass } from './form-field';

type FieldError = NonNullable<PasswordChangeState['errors']>['currentPassword'];

/** Current password, new password twice; works as a plain form post without JavaScript. */
export function PasswordChangeForm({ minLength }: { minLength: number }) {
  const t = useTranslations('Account');
  const [state, action] = useProgressiveAction(changePasswordAction, initialPasswordChangeState);
  const errors = state.errors ?? {};
  const errorCount = Object.keys(errors).length;
  const form = useRef<HTMLFormElement>(null);

  // With JavaScript: focus the first field to fix.
  useEffect(() => {
    if (errorCount > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state, errorCount]);

  const message = (error: FieldError) => {
    if (!error) return undefined;
    if (error === 'locked') return t('locked', { minutes: state.lockedMinutes ?? 1 });
    return t(`errors.${error}`, { min: minLength });
  };

  return (
    <form ref={form} action={action} noValidate className="flex flex-col gap-4">
      {errorCount > 0 && (
        <p role="alert" className={alertClass}>
          {t('formErrors', { count: errorCount })}
        </p>
      )}
      <FormField
        id="password-current"
        name="currentPassword"
        type="password"
        label={t('fields.currentPassword')}
        autoComplete="current-password"
        error={message(errors.currentPassword)}
      />
      <FormField
        id="password-new"
        name="newPassword"
        type="password"
        label={t('fields.newPassword')}
        autoComplete="new-password"
        hint={t('passwordHint', { min: minLength })}
        error={message(errors.newPassword)}
      />
      <FormField
        id="password-confirm"
        name="confirmPassword"
        type="password"
        label={t('fields.confirmPassword')}
        autoComplete="new-password"
        error={message(errors.confirmPassword)}
      />
      <SubmitButton pendingLabel={t('changingPassword')} className={primaryButtonClass}>
        {t('changePassword')}
      </SubmitButton>
    </form>
  );
}
