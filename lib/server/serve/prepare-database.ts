import 'server-only';

import path from 'node:path';

import { openDatabase } from '../../../db/connection';
import { seedCatalog } from '../../../db/seed';
import { minorUnits } from '../../domain/money';
import { env } from '../../validation/env';

/**
 * Creates, migrates and (with SEED_ON_START) seeds the database once, before any server process
 * starts: several processes migrating the same file at once could each try the same migration.
 */
export async function prepareDatabase(): Promise<void> {
  const config = env();
  const db = openDatabase(config.DATABASE_PATH);
  try {
    const seeded =
      config.SEED_ON_START &&
      (await seedCatalog(db, {
        mediaRoot: config.MEDIA_ROOT,
        toMinor: minorUnits(config.SHOP_CURRENCY),
      }));
    if (seeded)
      console.log(`Seeded the sample catalog; images in ${path.resolve(config.MEDIA_ROOT)}`);
  } finally {
    db.$client.close();
  }
}
