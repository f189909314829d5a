import { describe, expect, it } from 'vitest';

import { currencyDigits, formatMoney, fromMinor, multiply, sum, toMinor } from './money';

describe('money', () => {
  it('knows the minor digits of a currency', () => {
    expect(currencyDigits('USD')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
  });

  it('converts minor units to exact decimal text and back', () => {
    expect(fromMinor(1990, 2)).toBe('19.90');
    expect(fromMinor(5, 2)).toBe('0.05');
    expect(toMinor('19.90', 2)).toBe(1990);
    expect(toMinor('0.1', 2)).toBe(10);
    expect(() => toMinor('1.005', 2)).toThrow(RangeError);
  });

  it('adds without float error', () => {
    // 0.1 + 0.2 in floats is 0.30000000000000004
    expect(sum(['0.10', '0.20'], 2)).toBe('0.30');
    expect(multiply('19.99', 3, 2)).toBe('59.97');
    expect(sum([], 2)).toBe('0.00');
  });

  it('formats exactly for the locale', () => {
    expect(formatMoney('1234.50', 'USD', 'en')).toBe('$1,234.50');
    // Russian groups with a narrow no-break space and puts the sign after the number.
    expect(formatMoney('1234.50', 'USD', 'ru').replace(/\s/g, ' ')).toBe('1 234,50 $');
    expect(formatMoney('90071992547409.99', 'USD', 'en')).toBe('$90,071,992,547,409.99');
  });
});

describe('formatMoney, formatting many amounts', () => {
  it('keeps one formatter per locale and currency, each formatting its own', () => {
    expect(formatMoney('5.00', 'USD', 'en')).toBe('$5.00');
    expect(formatMoney('5.00', 'EUR', 'en')).toBe('€5.00');
    expect(formatMoney('5', 'JPY', 'en')).toBe('¥5');
    expect(formatMoney('5.00', 'USD', 'ru').replace(/\s/g, ' ')).toBe('5,00 $');
    expect(formatMoney('6.00', 'USD', 'en')).toBe('$6.00');
  });
});
