import { describe, expect, it } from 'vitest';

import { loginSchema, parseForm, registerSchema } from './account';

describe('the register form', () => {
  it('accepts a name, an e-mail and a password of 8 characters, trimming name and e-mail', () => {
    expect(
      parseForm(registerSchema, { name: ' Anna ', email: ' A@Example.com ', password: '12345678' }),
    ).toEqual({ ok: true, data: { name: 'Anna', email: 'A@Example.com', password: '12345678' } });
  });

  it('reports every field at once', () => {
    expect(
      parseForm(registerSchema, { name: ' ', email: 'not-an-email', password: 'short' }),
    ).toEqual({
      ok: false,
      errors: { name: 'required', email: 'email', password: 'passwordTooShort' },
    });
    expect(parseForm(registerSchema, {})).toEqual({
      ok: false,
      errors: { name: 'required', email: 'required', password: 'required' },
    });
  });
});

describe('the login form', () => {
  it('asks only that the fields are there (any length of password may be an old one)', () => {
    expect(parseForm(loginSchema, { email: 'a@example.com', password: 'x' })).toEqual({
      ok: true,
      data: { email: 'a@example.com', password: 'x' },
    });
    expect(parseForm(loginSchema, { email: '', password: '' })).toEqual({
      ok: false,
      errors: { email: 'required', password: 'required' },
    });
  });
});
