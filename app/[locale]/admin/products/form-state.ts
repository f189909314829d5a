import type { ProductFormErrors } from '@/lib/validation/admin-product';

/** After a refused save: each field's error code and every value as typed (files cannot be kept). */
export type ProductFormState = {
  errors?: ProductFormErrors;
  values?: Record<string, string>;
};

export const initialProductFormState: ProductFormState = {};
