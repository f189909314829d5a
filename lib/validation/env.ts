import path from 'node:path';

import { z } from 'zod';

export const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], {
    error: 'must be true or false',
  })
  .transform((value) => ['true', '1', 'yes', 'on'].includes(value));

const positiveInt = z.coerce
  .number({ error: 'must be a whole number' })
  .int('must be a whole number')
  .positive('must be greater than 0');

const limit = positiveInt.max(100_000, 'must be at most 100000');

const DEV_SESSION_SECRET = 'development-only-secret-do-not-use-in-production!';

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_PATH: z.string().min(1).default('./data/shop.db'),
    MEDIA_ROOT: z.string().min(1).default('./data/media'),
    SEED_ON_START: flag.default(true),
    SHOP_NAME: z.string().min(1).max(80).default('myshop'),
    SHOP_CURRENCY: z
      .string()
      .regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code such as USD')
      .refine(
        (code) => Intl.supportedValuesOf('currency').includes(code),
        'is not a known currency',
      )
      .default('USD'),
    SESSION_SECRET: z.string().optional(),
    SESSION_COOKIE_NAME: z
      .string()
      .regex(/^[A-Za-z0-9_-]+$/, 'may hold only letters, digits, _ and -')
      .default('myshop_session'),
    SESSION_COOKIE_AGE: positiveInt.default(1209600),
    SESSION_COOKIE_SECURE: flag.optional(),
    SESSION_COOKIE_DOMAIN: z.string().min(1).optional(),
    SESSION_EXPIRE_AT_BROWSER_CLOSE: flag.default(false),
    SESSION_SAVE_EVERY_REQUEST: flag.default(false),
    CART_MAX_QUANTITY: positiveInt.max(999, 'must be at most 999').default(99),
    // How long a cart line keeps the price it was added at (lib/domain/price-hold.ts); 0: never.
    CART_PRICE_HOLD_HOURS: z.coerce
      .number({ error: 'must be a whole number' })
      .int('must be a whole number')
      .min(0, 'must be 0 or more')
      .max(24 * 365, 'must be at most 8760')
      .default(24),
    // Behind a reverse proxy that sets X-Forwarded-For: the client address for the rate limits
    // (docs/decisions/0006-rate-limits.md).
    TRUST_PROXY: flag.default(false),
    // Failed logins within LOGIN_LOCKOUT_MINUTES: per address and e-mail together, per address,
    // and per e-mail from every address (a ceiling far above what one address can reach).
    LOGIN_MAX_FAILURES: limit.default(5),
    LOGIN_MAX_FAILURES_PER_ADDRESS: limit.default(20),
    LOGIN_MAX_FAILURES_PER_EMAIL: limit.default(50),
    LOGIN_LOCKOUT_MINUTES: positiveInt.max(24 * 60, 'must be at most 1440').default(15),
    // Hourly budgets (lib/server/limits.ts). Every password check (login or registration) runs
    // scrypt, about 100 ms of CPU and 32 MiB.
    PASSWORD_CHECKS_PER_ADDRESS_PER_HOUR: limit.default(60),
    REGISTRATIONS_PER_ADDRESS_PER_HOUR: limit.default(10),
    REGISTRATIONS_PER_EMAIL_PER_HOUR: limit.default(3),
    ORDERS_PER_ADDRESS_PER_HOUR: limit.default(30),
    ORDERS_PER_EMAIL_PER_HOUR: limit.default(10),
    ORDER_MAILS_PER_EMAIL_PER_HOUR: limit.default(3),
    // Memory for rendered catalog pages, per server process (lib/server/serve/page-store.ts).
    PAGE_CACHE_MB: positiveInt.max(16384, 'must be at most 16384').default(64),
    // The shop's public origin, for absolute links sent elsewhere (Stripe's return addresses).
    SHOP_URL: z
      .url({
        protocol: /^https?$/,
        error: 'must be an http(s) address such as https://shop.example.com',
      })
      .optional(),
  })
  .superRefine((env, ctx) => {
    const secrets = splitSecrets(env.SESSION_SECRET);
    if (env.NODE_ENV === 'production' && secrets.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: 'is required in production: set it to a random string of at least 32 characters',
      });
    }
    if (secrets.some((secret) => secret.length < 32)) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: 'must be at least 32 characters long (each one, when several are given)',
      });
    }
  })
  .transform((env) => {
    const secrets = splitSecrets(env.SESSION_SECRET);
    // Relative paths are from the project folder: the standalone server changes its working
    // directory, so scripts/start.mjs passes the original one as SHOP_ROOT.
    const root = process.env.SHOP_ROOT ?? process.cwd();
    const fromRoot = (file: string) => (file === ':memory:' ? file : path.resolve(root, file));
    return {
      ...env,
      DATABASE_PATH: fromRoot(env.DATABASE_PATH),
      MEDIA_ROOT: fromRoot(env.MEDIA_ROOT),
      SESSION_SECRETS: secrets.length > 0 ? secrets : [DEV_SESSION_SECRET],
      SESSION_COOKIE_SECURE: env.SESSION_COOKIE_SECURE ?? env.NODE_ENV === 'production',
      SHOP_URL: env.SHOP_URL?.replace(/\/+$/, ''),
    };
  });

/** Several secrets rotate: the first seals new cookies, every one of them still unseals. */
function splitSecrets(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((secret) => secret.trim())
    .filter((secret) => secret.length > 0);
}

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  override name = 'EnvError';
}

/**
 * Parses settings from the environment with a schema. Empty strings count as unset, so that `FOO=`
 * in .env means "the default"; every wrong setting is named on a line of its own.
 */
export function parseSettings<T extends z.ZodType>(
  schema: T,
  source: Record<string, string | undefined>,
): z.infer<T> {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  - ${issue.path.join('.')} ${issue.message}`,
    );
    throw new EnvError(
      `Invalid configuration:\n${lines.join('\n')}\nSee .env.example for every setting.`,
    );
  }
  return result.data;
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  return parseSettings(envSchema, source);
}

let cached: Env | undefined;

/** The process's configuration, parsed once. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
