import { describe, expect, it } from 'vitest';

import { orderLineTotal, orderTotal } from './orders';

describe('order total', () => {
  it('adds the copied prices times the quantities exactly', () => {
    const lines = [
      { unitPrice: '0.10', quantity: 3 },
      { unitPrice: '19.99', quantity: 2 },
      { unitPrice: '0.01', quantity: 99 },
    ];
    expect(orderLineTotal(lines[1]!, 2)).toBe('39.98');
    // 0.30 + 39.98 + 0.99, which floats get wrong (0.1 * 3 = 0.30000000000000004).
    expect(orderTotal(lines, 2)).toBe('41.27');
  });

  it('is zero for no lines and keeps the currency digits', () => {
    expect(orderTotal([], 2)).toBe('0.00');
    expect(orderTotal([{ unitPrice: '1500', quantity: 3 }], 0)).toBe('4500');
  });

  it('handles the largest cart without losing a cent', () => {
    const lines = Array.from({ length: 50 }, () => ({ unitPrice: '9999999.99', quantity: 999 }));
    expect(orderTotal(lines, 2)).toBe('499499999500.50');
  });
});
