import { describe, expect, it } from 'vitest';

import {
  add,
  clear,
  count,
  emptyCart,
  keepProducts,
  lineTotal,
  priceDiffers,
  remove,
  subtotal,
  update,
  type Cart,
  type CartResult,
} from './cart';

const limits = { maxQuantity: 99, maxLines: 3 };

function ok(result: CartResult): Cart {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}`);
  return result.cart;
}

describe('cart', () => {
  it('adds a product with its quantity and price', () => {
    const cart = ok(add(emptyCart, { productId: 7, quantity: 2, price: '19.90' }, limits));
    expect(cart.lines).toEqual([{ productId: 7, quantity: 2, price: '19.90' }]);
    expect(count(cart)).toBe(2);
  });

  it('adding again increases the quantity and keeps the first price', () => {
    let cart = ok(add(emptyCart, { productId: 7, quantity: 2, price: '19.90' }, limits));
    cart = ok(add(cart, { productId: 7, quantity: 3, price: '25.00' }, limits));
    expect(cart.lines).toEqual([{ productId: 7, quantity: 5, price: '19.90' }]);
  });

  it('override replaces the quantity', () => {
    let cart = ok(add(emptyCart, { productId: 7, quantity: 2, price: '19.90' }, limits));
    cart = ok(add(cart, { productId: 7, quantity: 1, price: '19.90' }, limits, true));
    expect(cart.lines).toEqual([{ productId: 7, quantity: 1, price: '19.90' }]);
  });

  it('refuses quantities outside 1..max and leaves the cart unchanged', () => {
    const cart = ok(add(emptyCart, { productId: 7, quantity: 98, price: '1.00' }, limits));
    expect(add(cart, { productId: 7, quantity: 2, price: '1.00' }, limits)).toEqual({
      ok: false,
      code: 'QUANTITY_TOO_HIGH',
    });
    expect(add(cart, { productId: 8, quantity: 0, price: '1.00' }, limits)).toEqual({
      ok: false,
      code: 'QUANTITY_INVALID',
    });
    expect(add(cart, { productId: 8, quantity: 1.5, price: '1.00' }, limits)).toEqual({
      ok: false,
      code: 'QUANTITY_INVALID',
    });
    expect(add(cart, { productId: 8, quantity: 100, price: '1.00' }, limits)).toEqual({
      ok: false,
      code: 'QUANTITY_TOO_HIGH',
    });
    expect(cart.lines).toEqual([{ productId: 7, quantity: 98, price: '1.00' }]);
  });

  it('refuses a new line when the cart is full, but still adds to an existing line', () => {
    let cart: Cart = emptyCart;
    for (const productId of [1, 2, 3]) {
      cart = ok(add(cart, { productId, quantity: 1, price: '1.00' }, limits));
    }
    expect(add(cart, { productId: 4, quantity: 1, price: '1.00' }, limits)).toEqual({
      ok: false,
      code: 'CART_FULL',
    });
    expect(count(ok(add(cart, { productId: 2, quantity: 1, price: '1.00' }, limits)))).toBe(4);
  });

  it('updates a quantity, and 0 removes the line', () => {
    let cart = ok(add(emptyCart, { productId: 7, quantity: 2, price: '19.90' }, limits));
    cart = ok(add(cart, { productId: 8, quantity: 1, price: '5.00' }, limits));
    cart = ok(update(cart, 7, 4, limits));
    expect(count(cart)).toBe(5);
    cart = ok(update(cart, 7, 0, limits));
    expect(cart.lines.map((line) => line.productId)).toEqual([8]);
    expect(update(cart, 99, 1, limits)).toEqual({ ok: false, code: 'NOT_IN_CART' });
    expect(update(cart, 8, -1, limits)).toEqual({ ok: false, code: 'QUANTITY_INVALID' });
    expect(update(cart, 8, 100, limits)).toEqual({ ok: false, code: 'QUANTITY_TOO_HIGH' });
  });

  it('removes and clears', () => {
    let cart = ok(add(emptyCart, { productId: 7, quantity: 2, price: '19.90' }, limits));
    cart = ok(add(cart, { productId: 8, quantity: 1, price: '5.00' }, limits));
    expect(remove(cart, 7).lines.map((line) => line.productId)).toEqual([8]);
    expect(remove(cart, 42)).toEqual(cart);
    expect(clear()).toEqual(emptyCart);
    expect(count(clear())).toBe(0);
  });

  it('computes line totals and the subtotal exactly', () => {
    let cart = ok(add(emptyCart, { productId: 1, quantity: 3, price: '0.10' }, limits));
    cart = ok(add(cart, { productId: 2, quantity: 1, price: '0.20' }, limits));
    const [first] = cart.lines;
    expect(first && lineTotal(first, 2)).toBe('0.30');
    expect(subtotal(cart, 2)).toBe('0.50');
    expect(subtotal(emptyCart, 2)).toBe('0.00');
    const big = ok(add(emptyCart, { productId: 1, quantity: 99, price: '9999999.99' }, limits));
    expect(subtotal(big, 2)).toBe('989999999.01');
  });

  it('drops lines of products that no longer exist', () => {
    let cart = ok(add(emptyCart, { productId: 1, quantity: 3, price: '1.00' }, limits));
    cart = ok(add(cart, { productId: 2, quantity: 1, price: '1.00' }, limits));
    expect(keepProducts(cart, new Set([2])).lines.map((line) => line.productId)).toEqual([2]);
  });

  it('tells when the catalog price differs from the cart price', () => {
    expect(priceDiffers('19.90', '19.9')).toBe(false);
    expect(priceDiffers('19.90', '21.00')).toBe(true);
  });
});
