import 'server-only';

import path from 'node:path';

import { getDb } from '../../db/client';
import { seedCatalog } from '../../db/seed';
import { EnvError, env } from '../validation/env';

export async function startServer(): Promise<void> {
  let config;
  try {
    config = env();
  } catch (error) {
    if (error instanceof EnvError) {
      // A clear message and a stop, rather than a shop that fails on its first visitor.
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
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
}
