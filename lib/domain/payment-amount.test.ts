import { describe, expect, it } from 'vitest';

import {
  fromStripeAmount,
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
