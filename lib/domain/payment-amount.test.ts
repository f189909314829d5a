import { describe, expect, it } from 'vitest';

import {
  fromStripeAmount,
  isPayableTotal,
  maxPayableTotal,
  stripeCurrencyDigits,
  stripeDashboardUrl,
  toStripeAmount,
} from './payment-amount';

describe('Stripe amounts', () => {
  it('are the minor units themselves for two-decimal currencies', () => {
    expect(toStripeAmount(1990, 2, 'USD')).toBe(1990);
    expect(toStripeAmount(0, 2, 'EUR')).toBe(0);
    // 0.1 + 0.2 in floats would not survive this; minor units are integers throughout.
    expect(toStripeAmount(999_999_999, 2, 'USD')).toBe(999_999_999);
    expect(fromStripeAmount(1990, 2, 'usd')).toBe(1990);
  });

  it("follow Stripe's special currencies", () => {
    expect(stripeCurrencyDigits('jpy')).toBe(0);
    expect(stripeCurrencyDigits('KWD')).toBe(3);
    expect(toStripeAmount(500, 0, 'JPY')).toBe(500);
    expect(toStripeAmount(1234, 3, 'KWD')).toBe(1234);
    // A shop that counts a zero-decimal currency in hundredths must not lose the fraction.
    expect(toStripeAmount(50000, 2, 'JPY')).toBe(500);
    expect(() => toStripeAmount(50050, 2, 'JPY')).toThrow(RangeError);
    expect(fromStripeAmount(500, 2, 'JPY')).toBe(50000);
  });

  it('refuse what is not an amount', () => {
    expect(() => toStripeAmount(-1, 2, 'USD')).toThrow(RangeError);
    expect(() => toStripeAmount(1.5, 2, 'USD')).toThrow(RangeError);
    expect(fromStripeAmount(1.5, 2, 'USD')).toBeUndefined();
    expect(fromStripeAmount(5, 0, 'USD')).toBeUndefined();
  });
});

describe('the largest total Stripe can charge', () => {
  it('is 99,999,999 of its units: USD 999,999.99', () => {
    expect(maxPayableTotal('USD', 2)).toBe('999999.99');
    expect(isPayableTotal('999999.99', 'USD')).toBe(true);
    expect(isPayableTotal('1000000.00', 'USD')).toBe(false);
    expect(isPayableTotal('9999999.99', 'EUR')).toBe(false);
    expect(isPayableTotal('0.50', 'usd')).toBe(true);
  });

  it("counts in Stripe's units of the currency", () => {
    expect(maxPayableTotal('JPY', 0)).toBe('99999999');
    expect(maxPayableTotal('JPY', 2)).toBe('99999999.00');
    expect(isPayableTotal('99999999', 'JPY')).toBe(true);
    expect(isPayableTotal('100000000', 'JPY')).toBe(false);
    expect(maxPayableTotal('KWD', 3)).toBe('99999.999');
    expect(isPayableTotal('100000.000', 'KWD')).toBe(false);
  });
});

describe('stripeDashboardUrl', () => {
  it('links test payments to the test mode dashboard, live ones to live mode', () => {
    expect(stripeDashboardUrl('pi_1', 'sk_test_abc')).toBe(
      'https://dashboard.stripe.com/test/payments/pi_1',
    );
    expect(stripeDashboardUrl('pi_1', 'rk_test_abc')).toBe(
      'https://dashboard.stripe.com/test/payments/pi_1',
    );
    expect(stripeDashboardUrl('pi_1', 'sk_live_abc')).toBe(
      'https://dashboard.stripe.com/payments/pi_1',
    );
    expect(stripeDashboardUrl('pi_1', undefined)).toBe(
      'https://dashboard.stripe.com/payments/pi_1',
    );
  });
});
