import type { CardField, CardFieldError } from '@/lib/domain/test-cards';

/** After a refused card: each field's error code, what went wrong overall, and the values as typed. */
export type CardFormState = {
  errors?: Partial<Record<CardField, CardFieldError>>;
  problem?: 'declined' | 'failed';
  values?: Partial<Record<CardField, string>>;
};

export const initialCardFormState: CardFormState = {};
