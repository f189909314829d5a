import { describe, expect, it } from 'vitest';

import { ACTION_BODY_LIMIT, refusedPost, UPLOAD_BODY_LIMIT } from './post-guard';

const headers = (values: Record<string, string>) => ({
  get: (name: string) => values[name] ?? null,
});
const post = (values: Record<string, string>, path = '/en/cart') =>
  refusedPost('POST', path, headers({ host: 'shop.example', ...values }));

describe('refusedPost', () => {
  it('lets a same-origin post and one without Origin through', () => {
    expect(post({ origin: 'https://shop.example', 'content-length': '200' })).toBeUndefined();
    expect(post({ 'content-length': '200' })).toBeUndefined();
    expect(
      post({ origin: 'https://public.example', 'x-forwarded-host': 'public.example, x' }),
    ).toBeUndefined();
  });

  it('refuses a foreign, null or malformed Origin with 403', () => {
    for (const origin of ['https://evil.example', 'null', 'not a url', 'javascript:alert(1)'])
      expect(post({ origin, 'content-length': '10' })?.status).toBe(403);
  });

  it('refuses a body over the limit with 413, the upload limit only on the product form', () => {
    const over = String(ACTION_BODY_LIMIT + 1);
    expect(post({ 'content-length': over })?.status).toBe(413);
    expect(post({ 'content-length': over }, '/en/admin/products/12')).toBeUndefined();
    expect(post({ 'content-length': over }, '/ru/admin/products/new')).toBeUndefined();
    expect(post({ 'content-length': over }, '/en/admin/categories/new')?.status).toBe(413);
    expect(
      post({ 'content-length': String(UPLOAD_BODY_LIMIT + 1) }, '/en/admin/products/12')?.status,
    ).toBe(413);
    expect(post({ 'content-length': 'abc' })?.status).toBe(413);
  });

  it('refuses a chunked body (no length) with 411, and leaves GET alone', () => {
    expect(post({ 'transfer-encoding': 'chunked' })?.status).toBe(411);
    expect(
      refusedPost('GET', '/en', headers({ host: 'a', origin: 'https://evil.example' })),
    ).toBeUndefined();
  });
});
