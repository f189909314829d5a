import { describe, expect, it } from 'vitest';

import {
  addToCartForm,
  cartPostDone,
  cartPostError,
  removeFromCartForm,
  updateCartLineForm,
} from './cart-forms';
import { cartPostPath, cartPostTarget } from './cart-post-path';

describe('cart forms', () => {
  it('read a product id of plain digits', () => {
    expect(addToCartForm.parse({ productId: '12', quantity: '1' })).toEqual({
      productId: 12,
      quantity: '1',
    });
    expect(updateCartLineForm.parse({ productId: '7', quantity: '0' }).productId).toBe(7);
    expect(removeFromCartForm.parse({ productId: '3' }).productId).toBe(3);
  });

  // z.coerce.number read "1e1" as 10 and " 2 " as 2: a form could reach a product it never showed.
  it.each(['1e1', ' 2 ', '2 ', '0x10', '+2', '-1', '0', '1.0', '', '9999999999999999'])(
    'refuse the product id %j, as every id from outside is refused',
    (productId) => {
      expect(addToCartForm.safeParse({ productId, quantity: '1' }).success).toBe(false);
      expect(updateCartLineForm.safeParse({ productId, quantity: '1' }).success).toBe(false);
      expect(removeFromCartForm.safeParse({ productId }).success).toBe(false);
    },
  );

  it('refuse a missing product id', () => {
    expect(removeFromCartForm.safeParse({}).success).toBe(false);
  });
});

// The cart page tells of a change refused after a form post without JavaScript from its query.
describe('a refused cart form post, read back from the cart page’s query', () => {
  it('reads the code, the line and the quantity as typed', () => {
    expect(cartPostError({ error: 'QUANTITY_TOO_HIGH', line: '12', quantity: ' 150 ' })).toEqual({
      code: 'QUANTITY_TOO_HIGH',
      line: 12,
      quantity: '150',
    });
    expect(cartPostError({ error: ['CART_FULL', 'x'] })).toEqual({ code: 'CART_FULL' });
  });

  it('tells of nothing for codes it does not know or lines that are not ids', () => {
    expect(cartPostError({})).toBeUndefined();
    expect(cartPostError({ error: '<script>' })).toBeUndefined();
    expect(cartPostError({ error: 'QUANTITY_INVALID', line: '1e1' })).toBeUndefined();
  });

  it('reads what a post without JavaScript changed from the cart page query, or nothing', () => {
    expect(cartPostDone({ done: 'added', line: '12', quantity: '3' })).toEqual({
      kind: 'added',
      line: 12,
      quantity: 3,
    });
    expect(cartPostDone({ done: ['updated', 'cleared'] })).toEqual({ kind: 'updated' });
    expect(cartPostDone({ done: 'removed', line: '7' })).toEqual({ kind: 'removed', line: 7 });
    expect(cartPostDone({})).toBeUndefined();
    expect(cartPostDone({ done: 'paid' })).toBeUndefined();
    expect(cartPostDone({ done: 'added', line: '1e1' })).toBeUndefined();
    expect(cartPostDone({ done: 'added', line: '1', quantity: '-2' })).toBeUndefined();
  });

  it('names the address each form posts to, and reads it back', () => {
    expect(cartPostPath('ru', 'remove')).toBe('/ru/cart/remove');
    expect(cartPostTarget('/ru/cart/remove')).toEqual({
      locale: 'ru',
      kind: 'remove',
      path: '/ru/cart/remove',
    });
    expect(cartPostTarget('/en/cart/checkout')).toBeUndefined();
    expect(cartPostTarget('/de/cart/clear')).toBeUndefined();
  });
});
