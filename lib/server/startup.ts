import 'server-only';

import path from 'node:path';

import { seedCatalog } from '../../db/seed';
import { minorUnits } from '../domain/money';
import { EnvError, env } from '../validation/env';
import { mailEnv } from '../validation/mail-env';
import { paymentEnv } from '../validation/payment-env';
import { getDb } from './database';
import { jobsEnv } from './jobs/config';
import { shopJobHandlers } from './job-handlers';
import { startInProcessWorker } from './jobs/in-process';
import { describeMailTransport } from './mail/transport';

export const RATE_LIMIT_ADDRESS_NOTE =
  "Rate limits: each visitor is counted by the address their connection comes from. Behind a reverse proxy, set TRUST_PROXY=true (the proxy must set X-Forwarded-For), or every visitor counts as the proxy's one address.";

/** Stops the process when the shop cannot work: better than a server answering every visitor with 500. */
export async function startServer(): Promise<void> {
  try {
    await prepare();
  } catch (error) {
    console.error(error instanceof EnvError ? error.message : error);
    console.error('The shop cannot start; see the message above.');
    process.exit(1);
  }
}

async function prepare(): Promise<void> {
  const config = env();
  // Every setting is checked before anything starts, so a wrong one stops the server here.
  const mail = mailEnv();
  jobsEnv();
  const payments = paymentEnv();
  const db = getDb();
  console.log(`Database: ${path.resolve(config.DATABASE_PATH)} (migrated)`);
  if (config.SEED_ON_START) {
    const seeded = await seedCatalog(db, {
      mediaRoot: config.MEDIA_ROOT,
      toMinor: minorUnits(config.SHOP_CURRENCY),
    });
    if (seeded)
      console.log(`Seeded the sample catalog; images in ${path.resolve(config.MEDIA_ROOT)}`);
  }
  console.log(describeMailTransport(mail));
  // Without TRUST_PROXY the rate limits count the socket's address (docs/decisions/0006-rate-limits.md):
  // right for a shop facing the internet, wrong behind a proxy, where every visitor would be one.
  if (config.NODE_ENV === 'production' && !config.TRUST_PROXY) console.log(RATE_LIMIT_ADDRESS_NOTE);
  console.log(
    payments.STRIPE_SECRET_KEY
      ? `Payments: Stripe${payments.STRIPE_WEBHOOK_SECRET ? '' : ' (STRIPE_WEBHOOK_SECRET is not set: orders will not be marked paid)'}`
      : payments.testGateway
        ? 'Payments: built-in TEST gateway (no real money; set STRIPE_SECRET_KEY to take payments)'
        : 'Payments: none (set STRIPE_SECRET_KEY, or PAYMENT_TEST_GATEWAY=true to try the shop)',
  );
  startInProcessWorker({ handlers: shopJobHandlers() });
}
