// npm run bench:checkout — server time to place an order of 1 line and of the largest cart
// (one transaction: the cart priced with one query, the order, its items). Not part of npm test.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const dir = mkdtempSync(path.join(tmpdir(), 'myshop-bench-'));
process.env.DATABASE_PATH = path.join(dir, 'shop.db');
process.env.MEDIA_ROOT = path.join(dir, 'media');

const { getDb } = await import('../lib/server/database');
const { seedCatalog } = await import('../db/seed');
const { products } = await import('../db/schema');
const { MAX_CART_LINES } = await import('../lib/domain/cart');
const { fromMinor, minorUnits } = await import('../lib/domain/money');
const { placeOrder } = await import('../lib/server/checkout');
const { randomToken } = await import('../lib/server/session-cookie');

const db = getDb();
await seedCatalog(db, { mediaRoot: process.env.MEDIA_ROOT, toMinor: minorUnits('USD') });
// Every product available, and enough of them for the largest cart.
const existing = db.select({ id: products.id }).from(products).all().length;
for (let index = existing; index < MAX_CART_LINES; index += 1) {
  db.insert(products)
    .values({ categoryId: 1, image: 'products/bench.webp', priceMinor: 990 })
    .run();
}
db.update(products).set({ available: true }).run();
const catalog = db
  .select({ id: products.id, priceMinor: products.priceMinor })
  .from(products)
  .all();

const form = {
  firstName: 'Anna',
  lastName: 'Karenina',
  email: 'anna@example.com',
  address: '12 Tverskaya St',
  postalCode: '125009',
  city: 'Moscow',
};

async function time(lines: number, runs: number) {
  if (catalog.length < lines) throw new Error(`only ${catalog.length} products for ${lines} lines`);
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const session = {
      cart: catalog
        .slice(0, lines)
        .map((row): [number, number, string] => [row.id, 2, fromMinor(row.priceMinor, 2)]),
      cartToken: randomToken(),
      key: randomToken(),
    };
    const start = performance.now();
    // A buyer of its own per order, as in a crowd: one e-mail would meet its hourly order limit.
    const result = await placeOrder(
      session,
      { ...form, email: `anna.${lines}.${run}@example.com` },
      'en',
    );
    samples.push(performance.now() - start);
    if (!result.ok) throw new Error(`order refused: ${result.code}`);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => (samples[Math.floor(q * (samples.length - 1))] ?? 0).toFixed(3);
  console.log(`  ${String(lines).padStart(3)} lines: median ${at(0.5)} ms, p95 ${at(0.95)} ms`);
}

console.log('Placing an order (500 runs each, WAL, synchronous=NORMAL):');
await time(1, 500);
await time(MAX_CART_LINES, 500);
db.$client.close();
