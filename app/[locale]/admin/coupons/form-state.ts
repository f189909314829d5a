import type { CouponFormErrors } from '@/lib/validation/admin-coupon';

/** After a refused save: each field's error code and every value as typed. */
export type CouponFormState = {
  errors?: CouponFormErrors;
  values?: Record<string, string>;
};

export const initialCouponFormState: CouponFormState = {};
