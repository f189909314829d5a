import { describe, expect, it } from 'vitest';

import { loginSchema, parseAccountForm, parsePasswordChange, registerSchema } from './account';

describe('the register form', () => {
  it('accepts a name, an e-mail and a password of 8 characters, trimming name and e-mail', () => {
    expect(
      parseAccountForm(registerSchema, {
        name: ' Anna ',
        email: ' A@Example.com ',
        password: '12345678',
      }),
    ).toEqual({ ok: true, data: { name: 'Anna', email: 'A@Example.com', password: '12345678' } });
  });

  it('reports every field at once', () => {
    expect(
      parseAccountForm(registerSchema, { name: ' ', email: 'not-an-email', password: 'short' }),
    ).toEqual({
      ok: false,
      errors: { name: 'required', email: 'email', password: 'passwordTooShort' },
    });
    expect(parseAccountForm(registerSchema, {})).toEqual({
      ok: false,
      errors: { name: 'required', email: 'required', password: 'required' },
    });
  });
});

describe('the login form', () => {
  it('asks only that the fields are there (any length of password may be an old one)', () => {
    expect(parseAccountForm(loginSchema, { email: 'a@example.com', password: 'x' })).toEqual({
      ok: true,
      data: { email: 'a@example.com', password: 'x' },
    });
    expect(parseAccountForm(loginSchema, { email: '', password: '' })).toEqual({
      ok: false,
      errors: { email: 'required', password: 'required' },
    });
  });
});

describe('the password change form', () => {
  const valid = {
    currentPassword: 'old',
    newPassword: 'new password',
    confirmPassword: 'new password',
  };

  it('takes any current password and a new one of 8 characters, typed twice alike', () => {
    expect(parsePasswordChange(valid)).toEqual({ ok: true, data: valid });
  });

  it('reports every field at once, the mismatch of the confirmation too', () => {
    expect(parsePasswordChange({})).toEqual({
      ok: false,
      errors: { currentPassword: 'required', newPassword: 'required', confirmPassword: 'required' },
    });
    expect(
      parsePasswordChange({
        currentPassword: '',
        newPassword: 'short',
        confirmPassword: 'shorter',
      }),
    ).toEqual({
      ok: false,
      errors: {
        currentPassword: 'required',
        newPassword: 'passwordTooShort',
        confirmPassword: 'mismatch',
      },
    });
    expect(parsePasswordChange({ ...valid, confirmPassword: 'new passwor' })).toEqual({
      ok: false,
      errors: { confirmPassword: 'mismatch' },
    });
  });
});
