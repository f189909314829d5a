import { describe, expect, it } from 'vitest';

import { addToCartForm, removeFromCartForm, updateCartLineForm } from './cart-forms';

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
