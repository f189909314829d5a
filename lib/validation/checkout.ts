import { z } from 'zod';

import { parseForm, type FormParse } from './form';

/** The error codes a checkout field can have; the page shows each in the visitor's language. */
export type FieldError = 'required' | 'tooLong' | 'email' | 'postalCode';

const text = (max: number) =>
  z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(max, { error: 'tooLong' });

export const checkoutSchema = z.object({
  firstName: text(50),
  lastName: text(50),
  email: text(254).pipe(z.email({ error: 'email' })),
  address: text(250),
  postalCode: text(20).regex(/^[A-Za-z0-9][A-Za-z0-9 -]*$/, { error: 'postalCode' }),
  city: text(100),
});

export type CheckoutInput = z.infer<typeof checkoutSchema>;
export type CheckoutField = keyof CheckoutInput;
export const checkoutFields = Object.keys(checkoutSchema.shape) as CheckoutField[];

export type CheckoutParse = FormParse<CheckoutInput, CheckoutField, FieldError>;

/** Every field's first error at once, so the shopper fixes the form in one go. */
export function parseCheckout(fields: Record<string, string>): CheckoutParse {
  return parseForm<CheckoutInput, FieldError>(checkoutSchema, fields);
}
