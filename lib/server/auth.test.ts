import { describe, expect, it } from 'vitest';

import { loginPath, safeReturnPath } from './auth';

describe('safeReturnPath', () => {
  it('keeps a path on this site, with its query', () => {
    expect(safeReturnPath('/en/admin/orders?page=2')).toBe('/en/admin/orders?page=2');
  });

  it('refuses anything that could lead to another site', () => {
    for (const value of [
      'https://evil.example.com/',
      '//evil.example.com',
      '/\\evil.example.com',
      '/\t/evil.example.com',
      '/\n/evil.example.com',
      'en/account',
      '',
      undefined,
      ['/en'],
    ]) {
      expect(safeReturnPath(value)).toBeUndefined();
    }
  });
});

describe('loginPath', () => {
  it('carries the return path, encoded', () => {
    expect(loginPath('ru', '/ru/admin/orders?page=2')).toBe(
      '/ru/account/login?next=%2Fru%2Fadmin%2Forders%3Fpage%3D2',
    );
    expect(loginPath('en')).toBe('/en/account/login');
  });
});
