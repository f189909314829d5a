import { openDatabase } from '../db/connection';
import { seedCatalog } from '../db/seed';
import { env } from '../lib/validation/env';

const config = env();
const db = openDatabase(config.DATABASE_PATH);
const seeded = await seedCatalog(db, {
  mediaRoot: config.MEDIA_ROOT,
  currency: config.SHOP_CURRENCY,
});
db.$client.close();
console.log(
  seeded
    ? `Seeded the catalog in ${config.DATABASE_PATH} (images in ${config.MEDIA_ROOT}).`
    : `The catalog in ${config.DATABASE_PATH} already has data: nothing seeded.`,
);
