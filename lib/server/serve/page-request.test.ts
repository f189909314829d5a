import { describe, expect, it } from 'vitest';

import { pageRequest } from './page-request';

describe('pageRequest', () => {
  it('knows the catalog list, its pages, categories and products', () => {
    expect(pageRequest('GET', '/en', {})).toEqual({ kind: 'list', locale: 'en', path: '/en' });
    expect(pageRequest('GET', '/ru?page=3', {})?.path).toBe('/ru?page=3');
    expect(pageRequest('HEAD', '/en/category/tea?page=2', {})).toEqual({
      kind: 'category',
      locale: 'en',
      slug: 'tea',
      path: '/en/category/tea?page=2',
    });
    expect(pageRequest('GET', '/ru/products/%D1%87%D0%B0%D0%B9', {})).toEqual({
      kind: 'product',
      locale: 'ru',
      slug: 'чай',
      path: '/ru/products/%D1%87%D0%B0%D0%B9',
    });
  });

  it('leaves out query parameters the page does not read, so they cannot split the cache', () => {
    expect(pageRequest('GET', '/en?utm_source=mail', {})?.path).toBe('/en');
    expect(pageRequest('GET', '/en/products/assam?page=2&x=1', {})?.path).toBe(
      '/en/products/assam',
    );
    expect(pageRequest('GET', '/en?x=1&page=2', {})?.path).toBe('/en?page=2');
    expect(pageRequest('GET', '/en?page=2&x=1&page=3', {})?.path).toBe('/en?page=2&page=3');
  });

  it('leaves everything else to Next', () => {
    expect(pageRequest('POST', '/en/products/assam', {})).toBeUndefined();
    expect(pageRequest('GET', '/en/cart', {})).toBeUndefined();
    expect(pageRequest('GET', '/', {})).toBeUndefined();
    expect(pageRequest('GET', '/de', {})).toBeUndefined();
    expect(pageRequest('GET', '/en/', {})).toBeUndefined();
    expect(pageRequest('GET', '/en/products/assam/', {})).toBeUndefined();
    expect(pageRequest('GET', '/en/products/%E0%A4%A', {})).toBeUndefined();
    expect(pageRequest('GET', '/en/products/assam?_rsc=1x2', {})).toBeUndefined();
    expect(pageRequest('GET', '/en/products/assam', { rsc: '1' })).toBeUndefined();
    expect(pageRequest('GET', '/en', { 'next-router-prefetch': '1' })).toBeUndefined();
    // A product page telling why adding to the cart was refused, for one visitor.
    expect(pageRequest('GET', '/en/products/assam?error=CART_FULL', {})).toBeUndefined();
  });
});
