// npm run bench:cart — how big the sealed session cookie gets, and how long pricing a cart takes.
// Not part of npm test: it measures and prints, on a throwaway database.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const dir = mkdtempSync(path.join(tmpdir(), 'myshop-bench-'));
process.env.DATABASE_PATH = path.join(dir, 'shop.db');
process.env.MEDIA_ROOT = path.join(dir, 'media');

const { getDb } = await import('../lib/server/database');
const { seedCatalog } = await import('../db/seed');
const { products, productTranslations } = await import('../db/schema');
const { MAX_CART_LINES, MAX_PRICE_MINOR, QUANTITY_CEILING } = await import('../lib/domain/cart');
const { fromMinor, minorUnits } = await import('../lib/domain/money');
const { MAX_PRICED_AT, minuteOf } = await import('../lib/domain/price-hold');
const { priceCart } = await import('../lib/server/cart');
const { cookieOptions, sealSession, serializedCookieLength } =
  await import('../lib/server/session-cookie');

const db = getDb();
await seedCatalog(db, { mediaRoot: process.env.MEDIA_ROOT, toMinor: minorUnits('USD') });
// Enough products for the largest cart.
for (let index = 0; index < MAX_CART_LINES; index += 1) {
  const { id } = db
    .insert(products)
    .values({ categoryId: 1, image: 'products/bench.webp', priceMinor: 1990 + index })
    .returning({ id: products.id })
    .get();
  db.insert(productTranslations)
    .values(
      (['en', 'ru'] as const).map((locale) => ({
        productId: id,
        locale,
        name: `Bench product ${index}`,
        slug: `bench-${locale}-${index}`,
      })),
    )
    .run();
}
const ids = db.select({ id: products.id, priceMinor: products.priceMinor }).from(products).all();

const settings = {
  cookieName: 'myshop_session',
  secrets: ['b'.repeat(48)],
  cookieAge: 1209600,
  secure: true,
  expireAtBrowserClose: false,
};

// Everything else a session can hold, at its longest: a logged-in, remembered visitor.
const longestExtras = {
  key: 'x'.repeat(22),
  cartToken: 'y'.repeat(22),
  uid: Number.MAX_SAFE_INTEGER,
  sid: 's'.repeat(22),
  age: 400 * 24 * 3600,
};
// Each line says when its price was taken (the price hold), in minutes since the epoch.
const now = minuteOf(Date.now());

async function cookieSize(lines: [number, number, string, number][], extras = {}) {
  const data = { cart: lines, ...extras };
  const value = await sealSession(data, settings);
  return serializedCookieLength(settings.cookieName, value, cookieOptions(data, settings));
}

console.log('Sealed session cookie (Set-Cookie header, bytes; browsers refuse over 4096):');
for (const size of [1, 10, MAX_CART_LINES]) {
  const typical = ids
    .slice(0, size)
    .map((row): [number, number, string, number] => [row.id, 2, fromMinor(row.priceMinor, 2), now]);
  const worst = Array.from({ length: size }, (_, i): [number, number, string, number] => [
    Number.MAX_SAFE_INTEGER - i,
    QUANTITY_CEILING,
    fromMinor(MAX_PRICE_MINOR, 4),
    MAX_PRICED_AT,
  ]);
  console.log(
    `  ${String(size).padStart(3)} lines: typical ${await cookieSize(typical)}, worst case ${await cookieSize(worst, longestExtras)}`,
  );
}

async function timePricing(size: number) {
  const cart = {
    lines: ids.slice(0, size).map((row) => ({
      productId: row.id,
      quantity: 2,
      price: fromMinor(row.priceMinor, 2),
      pricedAt: now,
    })),
  };
  for (let i = 0; i < 200; i += 1) await priceCart(cart, 'en');
  const samples: number[] = [];
  for (let i = 0; i < 2000; i += 1) {
    const start = performance.now();
    await priceCart(cart, 'en');
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => (samples[Math.floor(q * (samples.length - 1))] ?? 0).toFixed(3);
  console.log(
    `  ${String(size).padStart(3)} lines: median ${at(0.5)} ms, p95 ${at(0.95)} ms (one query)`,
  );
}

console.log('Pricing a cart (2000 runs):');
await timePricing(1);
await timePricing(MAX_CART_LINES);
db.$client.close();
