import { z } from 'zod';

import { flag, parseSettings } from './env';

// The payment settings; parsed like env.ts (empty string = unset, one line per wrong setting).

const port = z.coerce
  .number({ error: 'must be a port number' })
  .int('must be a port number')
  .min(1, 'must be between 1 and 65535')
  .max(65535, 'must be between 1 and 65535');

const paymentEnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    STRIPE_SECRET_KEY: z
      .string()
      .regex(/^(sk|rk)_(test|live)_\w+$/, 'must be a Stripe secret key (sk_test_… or sk_live_…)')
      .optional(),
    STRIPE_WEBHOOK_SECRET: z
      .string()
      .startsWith('whsec_', 'must be a webhook signing secret (whsec_…)')
      .optional(),
    // Where the Stripe client connects: unset for Stripe itself; tests point it at a local fake.
    STRIPE_API_HOST: z.string().min(1).optional(),
    STRIPE_API_PORT: port.optional(),
    STRIPE_API_PROTOCOL: z.enum(['http', 'https'], { error: 'must be http or https' }).optional(),
    PAYMENT_TEST_GATEWAY: flag.optional(),
  })
  .superRefine((settings, ctx) => {
    if (settings.STRIPE_SECRET_KEY && settings.PAYMENT_TEST_GATEWAY) {
      ctx.addIssue({
        code: 'custom',
        path: ['PAYMENT_TEST_GATEWAY'],
        message: 'is true but STRIPE_SECRET_KEY is set: a shop takes payments through one gateway',
      });
    }
  })
  .transform(({ PAYMENT_TEST_GATEWAY, NODE_ENV, ...settings }) => ({
    ...settings,
    // Without Stripe, development gets the test gateway by itself; production only when asked
    // for, so that a shop deployed without keys never marks an order paid for a test card.
    testGateway: !settings.STRIPE_SECRET_KEY && (PAYMENT_TEST_GATEWAY ?? NODE_ENV !== 'production'),
  }));

export type PaymentEnv = z.infer<typeof paymentEnvSchema>;

export function parsePaymentEnv(source: Record<string, string | undefined>): PaymentEnv {
  return parseSettings(paymentEnvSchema, source);
}

let cached: PaymentEnv | undefined;

/** The process's payment settings, parsed once. */
export function paymentEnv(): PaymentEnv {
  cached ??= parsePaymentEnv(process.env);
  return cached;
}
