import { describe, expect, it } from 'vitest';

import { parseEnv } from './env';
import { parsePaymentEnv } from './payment-env';

describe('payment settings', () => {
  it('use the test gateway without Stripe keys in development only', () => {
    expect(parsePaymentEnv({}).testGateway).toBe(true);
    expect(parsePaymentEnv({ NODE_ENV: 'production' }).testGateway).toBe(false);
    expect(
      parsePaymentEnv({ NODE_ENV: 'production', PAYMENT_TEST_GATEWAY: 'true' }).testGateway,
    ).toBe(true);
    expect(parsePaymentEnv({ PAYMENT_TEST_GATEWAY: 'false' }).testGateway).toBe(false);
    expect(parsePaymentEnv({ STRIPE_SECRET_KEY: 'sk_test_abc' }).testGateway).toBe(false);
  });

  it('name each wrong setting', () => {
    expect(() =>
      parsePaymentEnv({
        STRIPE_SECRET_KEY: 'pk_test_abc',
        STRIPE_WEBHOOK_SECRET: 'secret',
        STRIPE_API_PORT: 'x',
        STRIPE_API_PROTOCOL: 'ftp',
      }),
    ).toThrow(
      /STRIPE_SECRET_KEY must be a Stripe secret key[\s\S]*STRIPE_WEBHOOK_SECRET must be[\s\S]*STRIPE_API_PORT must be a port number[\s\S]*STRIPE_API_PROTOCOL must be http or https/,
    );
    expect(() =>
      parsePaymentEnv({ STRIPE_SECRET_KEY: 'sk_test_abc', PAYMENT_TEST_GATEWAY: 'true' }),
    ).toThrow(/PAYMENT_TEST_GATEWAY is true but STRIPE_SECRET_KEY is set/);
  });

  it('read the shop origin without its trailing slash, and refuse other schemes', () => {
    expect(parseEnv({ SHOP_URL: 'https://shop.example.com/' }).SHOP_URL).toBe(
      'https://shop.example.com',
    );
    expect(parseEnv({}).SHOP_URL).toBeUndefined();
    expect(() => parseEnv({ SHOP_URL: 'ftp://shop.example.com' })).toThrow(/SHOP_URL must be/);
  });
});
