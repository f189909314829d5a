import { describe, expect, it } from 'vitest';

import { parseCheckout } from './checkout';

const valid = {
  firstName: ' Анна ',
  lastName: 'Petrova',
  email: 'anna@example.com',
  address: '1 Tverskaya St',
  postalCode: '125009',
  city: 'Moscow',
};

describe('checkout form', () => {
  it('accepts a valid form and trims it', () => {
    const result = parseCheckout(valid);
    expect(result).toEqual({ ok: true, data: { ...valid, firstName: 'Анна' } });
  });

  it('reports every field at once with a code', () => {
    const result = parseCheckout({
      ...valid,
      firstName: '   ',
      email: 'not-an-email',
      postalCode: '!!',
      city: 'x'.repeat(101),
    });
    expect(result).toEqual({
      ok: false,
      errors: { firstName: 'required', email: 'email', postalCode: 'postalCode', city: 'tooLong' },
    });
  });

  it('treats missing fields as required', () => {
    const result = parseCheckout({});
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(Object.values(result.errors).every((code) => code === 'required')).toBe(true);
  });
});
