import { z } from 'zod';

import { slugOrFromName } from '../domain/slug';
import { locales } from '../i18n/locales';
import { parseForm, translatedField, type FieldErrors, type FormParse } from './form';

/** Error codes of the category form; the admin page shows each in the staff member's language. */
export type CategoryFieldError = 'required' | 'tooLong' | 'slug' | 'slugTaken';

const text = (max: number) =>
  z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(max, { error: 'tooLong' });

const translation = z.object({
  name: text(80),
  slug: text(80).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'slug' }),
});

export const categoryFormSchema = z.object({ en: translation, ru: translation });

export type CategoryFormInput = z.infer<typeof categoryFormSchema>;

/** Field names as the form posts them: name-en, slug-ru ... */
export type CategoryFormErrors = FieldErrors<string, CategoryFieldError>;

export const categoryFields = locales.flatMap((locale) => [`name-${locale}`, `slug-${locale}`]);

export function parseCategoryForm(
  fields: Record<string, string>,
): FormParse<CategoryFormInput, string, CategoryFieldError> {
  const nested = Object.fromEntries(
    locales.map((locale) => [
      locale,
      {
        name: fields[`name-${locale}`],
        slug: slugOrFromName(fields[`slug-${locale}`], fields[`name-${locale}`]),
      },
    ]),
  );
  return parseForm<CategoryFormInput, CategoryFieldError, string>(
    categoryFormSchema,
    nested,
    translatedField,
  );
}
