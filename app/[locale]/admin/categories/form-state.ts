import type { CategoryFormErrors } from '@/lib/validation/admin-category';

/** After a refused save: each field's error code and every value as typed. */
export type CategoryFormState = {
  errors?: CategoryFormErrors;
  values?: Record<string, string>;
};

export const initialCategoryFormState: CategoryFormState = {};
