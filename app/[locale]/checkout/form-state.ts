import type { CheckoutField, FieldError } from '@/lib/validation/checkout';

/** After a refused checkout: each field's error code, what else was wrong, every value as typed. */
export type CheckoutState = {
  errors?: Partial<Record<CheckoutField, FieldError>>;
  problem?: 'totalTooHigh' | 'coupon' | 'tooMany';
  // With 'tooMany': in how many minutes to try again.
  minutes?: number;
  // Said in the visitor's language by the server (why the coupon was refused).
  message?: string;
  values?: Partial<Record<CheckoutField, string>>;
};

export const initialCheckoutState: CheckoutState = {};
