import { z } from 'zod';

import { parseForm, type FormParse } from './form';
import { MIN_PASSWORD_LENGTH } from './password-rules';

export { MIN_PASSWORD_LENGTH };

/** Error codes of the account forms' fields; the pages show each in the visitor's language. */
export type AccountFieldError = 'required' | 'tooLong' | 'email' | 'passwordTooShort' | 'mismatch';

// scrypt hashes any length, but a megabyte "password" would only cost the server time.
const MAX_PASSWORD_LENGTH = 200;

const required = z.string({ error: 'required' });

const email = required
  .trim()
  .min(1, { error: 'required' })
  .max(254, { error: 'tooLong' })
  .pipe(z.email({ error: 'email' }));

// Not trimmed: spaces are part of a password.
const newPassword = required
  .min(1, { error: 'required' })
  .min(MIN_PASSWORD_LENGTH, { error: 'passwordTooShort' })
  .max(MAX_PASSWORD_LENGTH, { error: 'tooLong' });

const existingPassword = required
  .min(1, { error: 'required' })
  .max(MAX_PASSWORD_LENGTH, { error: 'tooLong' });

export const registerSchema = z.object({
  name: required.trim().min(1, { error: 'required' }).max(100, { error: 'tooLong' }),
  email,
  password: newPassword,
});

export const loginSchema = z.object({
  email,
  password: existingPassword,
});

export const passwordChangeSchema = z.object({
  currentPassword: existingPassword,
  newPassword,
  confirmPassword: required.min(1, { error: 'required' }),
});

export type RegisterInput = z.infer<typeof registerSchema>;
export type RegisterField = keyof RegisterInput;
export type LoginInput = z.infer<typeof loginSchema>;
export type LoginField = keyof LoginInput;
export type PasswordChangeInput = z.infer<typeof passwordChangeSchema>;
export type PasswordChangeField = keyof PasswordChangeInput;

/** Every field's first error at once, as one of the account forms' error codes. */
export function parseAccountForm<Input extends Record<string, unknown>>(
  schema: z.ZodType<Input>,
  fields: Record<string, string>,
): FormParse<Input, Extract<keyof Input, string>, AccountFieldError> {
  return parseForm<Input, AccountFieldError>(schema, fields);
}

/**
 * The password change form: every field's first error at once, the confirmation's mismatch
 * included (a refinement of the whole object would wait for the other fields to be right).
 */
export function parsePasswordChange(
  fields: Record<string, string>,
): FormParse<PasswordChangeInput, PasswordChangeField, AccountFieldError> {
  const parsed = parseAccountForm(passwordChangeSchema, fields);
  const confirm = fields.confirmPassword;
  const mismatch = Boolean(confirm) && confirm !== fields.newPassword;
  if (!mismatch) return parsed;
  return {
    ok: false,
    errors: { ...(parsed.ok ? {} : parsed.errors), confirmPassword: 'mismatch' },
  };
}
