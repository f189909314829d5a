import { afterEach, describe, expect, it } from 'vitest';

import { decodeVariant, encodeVariant, isTrustedRender } from './variant';

describe('page variants', () => {
  afterEach(() => {
    delete process.env.SHOP_RENDER_TOKEN;
  });

  it('travel to Next and back unchanged', () => {
    const variant = { count: 3, user: { name: 'Анна', isStaff: true }, inCart: 1 };
    expect(decodeVariant(encodeVariant(variant))).toEqual(variant);
  });

  it('are refused when malformed', () => {
    for (const value of [
      undefined,
      '',
      'not-base64-json',
      encodeVariant({ count: 1, user: null }).slice(2),
    ])
      expect(decodeVariant(value)).toBeUndefined();
    const negative = Buffer.from('{"count":-1,"user":null}').toString('base64url');
    expect(decodeVariant(negative)).toBeUndefined();
  });

  it('are believed only with this process render token, and never without one', () => {
    expect(isTrustedRender('anything')).toBe(false);
    process.env.SHOP_RENDER_TOKEN = 'token-of-this-process';
    expect(isTrustedRender('token-of-this-process')).toBe(true);
    expect(isTrustedRender('token-of-that-process')).toBe(false);
    expect(isTrustedRender('short')).toBe(false);
    expect(isTrustedRender(null)).toBe(false);
  });
});
