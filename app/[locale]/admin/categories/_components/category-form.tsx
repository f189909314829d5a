'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';

import { locales } from '@/lib/i18n/locales';

import { SubmitButton } from '../../../_components/submit-button';
import { useProgressiveAction } from '../../../_components/use-progressive-action';
import { saveCategoryAction } from '../actions';
import { initialCategoryFormState } from '../form-state';

const input = 'rounded border border-stone-400 px-3 py-2 aria-invalid:border-red-700';

export function CategoryForm({ id, defaults }: { id?: number; defaults: Record<string, string> }) {
  const t = useTranslations('Admin');
  const [state, action] = useProgressiveAction(saveCategoryAction, initialCategoryFormState);
  const errors = state.errors ?? {};
  const errorCount = Object.keys(errors).length;
  const values = state.values ?? defaults;
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (errorCount > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state, errorCount]);

  return (
    <form ref={form} action={action} noValidate className="flex max-w-xl flex-col gap-5">
      {id !== undefined && <input type="hidden" name="id" value={id} />}
      {errorCount > 0 && (
        <p
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900"
        >
          {t('productForm.formErrors', { count: errorCount })}
        </p>
      )}
      {locales.map((locale) => (
        <fieldset key={locale} className="flex flex-col gap-3 rounded border border-stone-300 p-4">
          <legend className="px-1 font-semibold">{t(`productForm.language.${locale}`)}</legend>
          {(['name', 'slug'] as const).map((field) => {
            const name = `${field}-${locale}`;
            const code = errors[name];
            return (
              <div key={name} className="flex flex-col gap-1">
                <label htmlFor={`category-${name}`} className="text-sm font-medium">
                  {t(`categories.${field}`)}
                </label>
                <input
                  id={`category-${name}`}
                  name={name}
                  defaultValue={values[name] ?? ''}
                  aria-invalid={code ? true : undefined}
                  aria-describedby={code ? `category-${name}-error` : undefined}
                  className={input}
                />
                {code && (
                  <p id={`category-${name}-error`} className="text-sm text-red-800">
                    {t(`productForm.errors.${code}`)}
                  </p>
                )}
              </div>
            );
          })}
        </fieldset>
      ))}
      <SubmitButton
        pendingLabel={t('categories.saving')}
        className="self-start rounded bg-brand-700 px-6 py-3 font-medium text-white hover:bg-brand-800"
      >
        {t('categories.save')}
      </SubmitButton>
    </form>
  );
}
