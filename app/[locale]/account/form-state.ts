import type {
  AccountFieldError,
  LoginField,
  PasswordChangeField,
  RegisterField,
} from '@/lib/validation/account';

/**
 * After a registration that did not sign in: each field's error, or too many attempts, or the
 * neutral answer for an e-mail that may have an account (its owner was mailed); the values as
 * typed (never the password).
 */
export type RegisterState = {
  errors?: Partial<Record<RegisterField, AccountFieldError>>;
  problem?: { code: 'TOO_MANY'; minutes: number };
  mailedTo?: string;
  values?: { name?: string; email?: string };
};

/** After a refused login: field errors, or why the e-mail and password were not accepted. */
export type LoginState = {
  errors?: Partial<Record<LoginField, AccountFieldError>>;
  problem?: { code: 'INVALID_CREDENTIALS' } | { code: 'LOCKED'; minutes: number };
  values?: { email?: string; remember?: boolean };
};

/**
 * After a refused password change: each field's error (a wrong current password, or too many
 * wrong ones, beside the current password). Nothing typed is sent back: every field is a password.
 */
export type PasswordChangeState = {
  errors?: Partial<Record<PasswordChangeField, AccountFieldError | 'wrongPassword' | 'locked'>>;
  lockedMinutes?: number;
};

export const initialRegisterState: RegisterState = {};
export const initialPasswordChangeState: PasswordChangeState = {};
export const initialLoginState: LoginState = {};
