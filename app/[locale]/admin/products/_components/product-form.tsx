'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';

import { slugify } from '@/lib/domain/slug';
import { locales } from '@/lib/i18n/locales';
import type { ProductFieldError } from '@/lib/validation/admin-product';

import { SubmitButton } from '../../../_components/submit-button';
import { useProgressiveAction } from '../../../_components/use-progressive-action';
import { saveProductAction } from '../actions';
import { initialProductFormState } from '../form-state';

export type ProductFormDefaults = {
  id?: number;
  values: Record<string, string>;
  image?: string;
};

const input = 'rounded border border-stone-400 px-3 py-2 aria-invalid:border-red-700';

export function ProductForm({
  defaults,
  categories,
  maxImageBytes,
}: {
  defaults: ProductFormDefaults;
  categories: { id: number; name: string }[];
  /** MAX_IMAGE_BYTES, passed in so that the validation module (and zod) stay off the client. */
  maxImageBytes: number;
}) {
  const t = useTranslations('Admin.productForm');
  const [state, action] = useProgressiveAction(saveProductAction, initialProductFormState);
  // A file far over the limit would be refused by the framework's body size limit before the
  // server's check could answer, so with JavaScript it is caught here, at once.
  const [tooBig, setTooBig] = useState(false);
  const errors = tooBig ? { ...state.errors, image: 'imageSize' as const } : (state.errors ?? {});
  const errorCount = Object.keys(errors).length;
  const values = state.values ?? defaults.values;
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (errorCount > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state, errorCount]);

  const describe = (name: string, hint?: boolean) =>
    [errors[name] ? `product-${name}-error` : '', hint ? `product-${name}-hint` : '']
      .filter(Boolean)
      .join(' ') || undefined;
  const error = (name: string) => {
    const code: ProductFieldError | undefined = errors[name];
    return code ? (
      <p id={`product-${name}-error`} className="text-sm text-red-800">
        {t(`errors.${code}`)}
      </p>
    ) : null;
  };
  // The address is suggested from the name as it is typed, while it is empty or (for a new
  // product) still the suggestion for the name before: one typed by hand is kept.
  const typedNames = useRef<Record<string, string>>({});
  function suggestSlug(event: FormEvent<HTMLFormElement>) {
    const field = event.target;
    if (!(field instanceof HTMLInputElement)) return;
    const [, locale] = /^name-([a-z]{2})$/.exec(field.name) ?? [];
    const slug = locale && event.currentTarget.elements.namedItem(`slug-${locale}`);
    if (!locale || !(slug instanceof HTMLInputElement)) return;
    const previous = typedNames.current[locale] ?? values[`name-${locale}`] ?? '';
    // A saved product keeps its address when renamed: links to it and search results stay good.
    const following = defaults.id === undefined && slug.value === slugify(previous);
    if (slug.value === '' || following) slug.value = slugify(field.value);
    typedNames.current[locale] = field.value;
  }

  const text = (name: string, label: string, hint?: string) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`product-${name}`} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={`product-${name}`}
        name={name}
        defaultValue={values[name] ?? ''}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describe(name, !!hint)}
        className={input}
      />
      {hint && (
        <p id={`product-${name}-hint`} className="text-xs text-stone-700">
          {hint}
        </p>
      )}
      {error(name)}
    </div>
  );

  return (
    <form
      ref={form}
      action={action}
      onInput={suggestSlug}
      noValidate
      className="flex max-w-3xl flex-col gap-5"
    >
      {defaults.id !== undefined && <input type="hidden" name="id" value={defaults.id} />}
      {errorCount > 0 && (
        <p
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900"
        >
          {t('formErrors', { count: errorCount })}
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="product-categoryId" className="text-sm font-medium">
            {t('category')}
          </label>
          {/* Keyed by the value: after a refused post React resets the form to each field's
              default, and a select's default is only read when it mounts. */}
          <select
            key={values.categoryId ?? ''}
            id="product-categoryId"
            name="categoryId"
            defaultValue={values.categoryId ?? ''}
            aria-invalid={errors.categoryId ? true : undefined}
            aria-describedby={describe('categoryId')}
            className={input}
          >
            <option value="">{t('chooseCategory')}</option>
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </select>
          {error('categoryId')}
        </div>
        {text('price', t('price'), t('priceHint'))}
      </div>
      <div className="flex items-center gap-2">
        <input
          key={values.available ?? ''}
          id="product-available"
          name="available"
          type="checkbox"
          defaultChecked={values.available === 'on'}
          className="size-5"
        />
        <label htmlFor="product-available">{t('available')}</label>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="product-image" className="text-sm font-medium">
          {t('image')}
        </label>
        {defaults.image && (
          // eslint-disable-next-line @next/next/no-img-element -- a small preview of the stored file
          <img
            src={`/media/${defaults.image}`}
            alt={t('currentImage')}
            className="size-24 rounded object-cover"
          />
        )}
        <input
          id="product-image"
          name="image"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          onChange={(event: ChangeEvent<HTMLInputElement>) => {
            const big = (event.target.files?.[0]?.size ?? 0) > maxImageBytes;
            if (big) event.target.value = '';
            setTooBig(big);
          }}
          aria-invalid={errors.image ? true : undefined}
          aria-describedby={describe('image', true)}
          className="max-w-full text-sm"
        />
        <p id="product-image-hint" className="text-xs text-stone-700">
          {t('imageHint')} {defaults.id !== undefined && t('imageKeep')}
          {errorCount > 0 && !errors.image && ` ${t('imageAgain')}`}
        </p>
        {error('image')}
      </div>
      {locales.map((locale) => (
        <fieldset key={locale} className="flex flex-col gap-3 rounded border border-stone-300 p-4">
          <legend className="px-1 font-semibold">{t(`language.${locale}`)}</legend>
          {text(`name-${locale}`, t('name'))}
          {text(`slug-${locale}`, t('slug'), t('slugHint'))}
          <div className="flex flex-col gap-1">
            <label htmlFor={`product-description-${locale}`} className="text-sm font-medium">
              {t('description')}
            </label>
            <textarea
              id={`product-description-${locale}`}
              name={`description-${locale}`}
              rows={4}
              defaultValue={values[`description-${locale}`] ?? ''}
              aria-invalid={errors[`description-${locale}`] ? true : undefined}
              aria-describedby={describe(`description-${locale}`)}
              className={input}
            />
            {error(`description-${locale}`)}
          </div>
        </fieldset>
      ))}
      <SubmitButton
        pendingLabel={t('saving')}
        className="self-start rounded bg-brand-700 px-6 py-3 font-medium text-white hover:bg-brand-800"
      >
        {t('save')}
      </SubmitButton>
    </form>
  );
}
