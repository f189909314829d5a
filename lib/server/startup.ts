import 'server-only';

import path from 'node:path';

import { getDb } from '../../db/client';
import { seedCatalog } from '../../db/seed';
import { EnvError, env } from '../validation/env';
import { mailEnv } from '../validation/mail-env';
import { paymentEnv } from '../validation/payment-env';
import { jobsEnv } from './jobs/config';
import { startInProcessWorker } from './jobs/in-process';
import { describeMailTransport } from './mail/transport';

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
      currency: config.SHOP_CURRENCY,
    });
    if (seeded)
      console.log(`Seeded the sample catalog; images in ${path.resolve(config.MEDIA_ROOT)}`);
  }
  console.log(describeMailTransport(mail));
  // Without a proxy that sets X-Forwarded-For the header can be forged, so the address is not
  // counted (docs/decisions/0003-login-lockout-address.md): say so, the lockout is weaker.
  if (config.NODE_ENV === 'production' && !config.TRUST_PROXY)
    console.log(
      'Login lockout: failed logins are counted per e-mail only, not per client address. Behind a reverse proxy that sets X-Forwarded-For, set TRUST_PROXY=true to count them per address too.',
    );
  console.log(
    payments.STRIPE_SECRET_KEY
      ? `Payments: Stripe${payments.STRIPE_WEBHOOK_SECRET ? '' : ' (STRIPE_WEBHOOK_SECRET is not set: orders will not be marked paid)'}`
      : payments.testGateway
        ? 'Payments: built-in TEST gateway (no real money; set STRIPE_SECRET_KEY to take payments)'
        : 'Payments: none (set STRIPE_SECRET_KEY, or PAYMENT_TEST_GATEWAY=true to try the shop)',
  );
  startInProcessWorker();
}
