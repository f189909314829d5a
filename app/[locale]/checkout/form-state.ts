import type { CheckoutField, FieldError } from '@/lib/validation/checkout';

/** After a refused checkout: each field's error code and every value as typed. */
export type CheckoutState = {
  errors?: Partial<Record<CheckoutField, FieldError>>;
  values?: Partial<Record<CheckoutField, string>>;
};

export const initialCheckoutState: CheckoutState = {};
