import { parseArgs } from 'node:util';

import { z } from 'zod';

import { openDatabase } from '../db/connection';
import { seedCatalog } from '../db/seed';
import { seedBulkProducts } from '../db/seed-bulk';
import { minorUnits } from '../lib/domain/money';
import { env } from '../lib/validation/env';

// `npm run db:seed -- --products 100000` also fills the catalog up to that many products, for
// benchmarks and tests of a large shop.
const { values } = parseArgs({ options: { products: { type: 'string' } } });
const productTotal = z.coerce.number().int().positive().optional().safeParse(values.products);
if (!productTotal.success) {
  console.error(`--products must be a whole number above 0, not "${values.products}".`);
  process.exit(1);
}

const config = env();
// Opening the database applies every pending migration, so a fresh file works too.
const db = openDatabase(config.DATABASE_PATH);
const seeded = await seedCatalog(db, {
  mediaRoot: config.MEDIA_ROOT,
  toMinor: minorUnits(config.SHOP_CURRENCY),
});
console.log(
  seeded
    ? `Seeded the catalog in ${config.DATABASE_PATH} (images in ${config.MEDIA_ROOT}).`
    : `The catalog in ${config.DATABASE_PATH} already has data: nothing seeded.`,
);
if (productTotal.data !== undefined) {
  const started = performance.now();
  const added = seedBulkProducts(db, productTotal.data);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Added ${added} products (${productTotal.data} wanted) in ${seconds} s.`);
}
db.$client.close();
