import { z } from 'zod';

import { slugOrFromName } from '../domain/slug';
import { locales } from '../i18n/locales';
import { parseForm, translatedField, type FieldErrors, type FormParse } from './form';

/** Error codes of the product form; the admin page shows each in the staff member's language. */
export type ProductFieldError =
  | 'required'
  | 'tooLong'
  | 'slug'
  | 'slugTaken'
  | 'price'
  | 'category'
  | 'imageType'
  | 'imageSize'
  | 'imageRequired';

const text = (max: number) =>
  z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(max, { error: 'tooLong' });

const slug = text(80).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'slug' });

const translation = z.object({
  name: text(120),
  slug,
  description: z.string().trim().max(2000, { error: 'tooLong' }).default(''),
});

export const productFormSchema = z.object({
  categoryId: z.coerce
    .number({ error: 'category' })
    .int({ error: 'category' })
    .positive({ error: 'category' }),
  // A decimal with at most two places, checked as text: never through a float.
  price: z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    // At most 9,999,999.99: the largest price the database takes (products_price_range).
    .regex(/^\d{1,7}(\.\d{1,2})?$/, { error: 'price' }),
  available: z.boolean(),
  en: translation,
  ru: translation,
});

export type ProductFormInput = z.infer<typeof productFormSchema>;

/** Field names as the form posts them: price, name-en, slug-ru ... */
export type ProductFormErrors = FieldErrors<string, ProductFieldError>;

/** Reads the flat form fields (name-en, slug-ru, ...) into the nested shape and checks it. */
export function parseProductForm(
  fields: Record<string, string>,
): FormParse<ProductFormInput, string, ProductFieldError> {
  const nested = {
    categoryId: fields.categoryId,
    price: fields.price,
    available: fields.available === 'on',
    ...Object.fromEntries(
      locales.map((locale) => [
        locale,
        {
          name: fields[`name-${locale}`],
          slug: slugOrFromName(fields[`slug-${locale}`], fields[`name-${locale}`]),
          description: fields[`description-${locale}`] ?? '',
        },
      ]),
    ),
  };
  return parseForm<ProductFormInput, ProductFieldError, string>(
    productFormSchema,
    nested,
    translatedField,
  );
}

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
