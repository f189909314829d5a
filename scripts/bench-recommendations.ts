// npm run bench:recommendations — "Bought together" at the size issue 14 asks for: a temporary
// database with 100,000 products and 1,000,000 order lines (paid orders of 1 to 7 products, some
// products far more popular than others), counted by the rebuild, then read by the very functions
// the product and cart pages use. Prints the time per read, how a cart's pick compares with the exact
// sum, and how long the rebuild holds the write lock. Not part of npm test. Options: --products,
// --lines, --reads; --keep leaves the database; --database FILE reads a kept one (and --rebuild
// rebuilds it first).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

import { startWriteProbe } from './bench/write-probe';

const { values } = parseArgs({
  options: {
    products: { type: 'string', default: '100000' },
    lines: { type: 'string', default: '1000000' },
    reads: { type: 'string', default: '20000' },
    // Leave the database behind (its path is printed), to look at its plans with sqlite3.
    keep: { type: 'boolean', default: false },
    // Read from a database a --keep run left, instead of building one (only the reads are timed).
    database: { type: 'string' },
    // With --database: time a rebuild of it first.
    rebuild: { type: 'boolean', default: false },
  },
});
const PRODUCTS = Number(values.products);
const LINES = Number(values.lines);
const READS = Number(values.reads);

const dir = values.database
  ? path.dirname(values.database)
  : mkdtempSync(path.join(tmpdir(), 'myshop-bench-recs-'));
process.env.DATABASE_PATH = values.database ?? path.join(dir, 'shop.db');

const { getDb } = await import('../lib/server/database');
const { rebuildBoughtTogether } = await import('../db/bought-together');
const { readBoughtWith, readCartRecommendations } =
  await import('../lib/server/recommendation-statements');
const { RECOMMENDATION_LIMIT } = await import('../lib/domain/recommendations');

const db = getDb();
const sqlite = db.$client;

// A fixed pseudo-random sequence: every run builds the same shop.
let seed = 20_261_203;
const random = () => ((seed = (seed * 48_271) % 2_147_483_647), seed / 2_147_483_647);
// Product ids skewed towards the low ones: the most popular is in about 1 order in 300.
const popularProduct = () => 1 + Math.floor(PRODUCTS * random() ** 2);

function timed<T>(label: string, run: () => T): T {
  const started = performance.now();
  const result = run();
  console.log(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

function build() {
  timed(`${PRODUCTS.toLocaleString('en')} products`, () =>
    db.transaction(() => {
      sqlite.prepare('insert into categories (id) values (1)').run();
      const product = sqlite.prepare(
        'insert into products (id, category_id, image, price_minor, available) values (?, 1, ?, ?, ?)',
      );
      const translation = sqlite.prepare(
        'insert into product_translations (product_id, locale, name, slug) values (?, ?, ?, ?)',
      );
      for (let id = 1; id <= PRODUCTS; id += 1) {
        // One in 20 unavailable: the reads pass over them.
        product.run(id, 'products/bench.webp', 100 + (id % 5000), id % 20 === 0 ? 0 : 1);
        translation.run(id, 'en', `Product ${id}`, `product-${id}`);
        translation.run(id, 'ru', `Товар ${id}`, `tovar-${id}`);
      }
    }),
  );

  const orderCount = timed(`${LINES.toLocaleString('en')} order lines, all paid`, () =>
    db.transaction(() => {
      const order = sqlite.prepare(
        `insert into orders (first_name, last_name, email, address, postal_code, city, locale,
         total_minor, paid, payment_source, session_key, cart_token)
       values ('B', 'B', 'b@example.com', 'A', '1', 'C', 'en', 0, 1, 'test', 'k', ?)`,
      );
      const item = sqlite.prepare(
        `insert into order_items (order_id, product_id, product_name, unit_price_minor, quantity)
       values (?, ?, 'P', 100, 1)`,
      );
      let lines = 0;
      let orders = 0;
      while (lines < LINES) {
        const size = Math.min(1 + Math.floor(random() * 7), LINES - lines);
        const { lastInsertRowid } = order.run(`bench-${orders}`);
        const chosen = new Set<number>();
        while (chosen.size < size) chosen.add(popularProduct());
        for (const productId of chosen) item.run(lastInsertRowid, productId);
        lines += size;
        orders += 1;
      }
      return orders;
    }),
  );
  console.log(`  (${orderCount.toLocaleString('en')} orders)`);

  rebuild('npm run recommendations:rebuild, from no counts');
  rebuild('again, with nothing to correct');
  sqlite.pragma('optimize');
}

/** The rebuild, timed, beside a writer that takes the write lock every 5 ms as a payment would. */
function rebuild(label: string) {
  const probe = startWriteProbe(process.env.DATABASE_PATH!);
  const report = timed(label, () => rebuildBoughtTogether(db));
  const waited = probe.stop();
  console.log(
    `  (${report.pairs.toLocaleString('en')} pairs, ${report.changed.toLocaleString('en')} written, ` +
      `${report.transactions.toLocaleString('en')} transactions; the write lock held ` +
      `${report.longestLockMs.toFixed(1)} ms at most; a writer beside it waited ` +
      `${waited.toFixed(1)} ms at most)`,
  );
}
if (!values.database) build();
else if (values.rebuild) rebuild('npm run recommendations:rebuild');

async function perRead(
  label: string,
  inputs: readonly number[][],
  read: (ids: number[]) => Promise<unknown>,
) {
  for (const ids of inputs.slice(0, 200)) await read(ids); // warm the statements and the page cache
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const ids of inputs) await read(ids);
  const { user, system } = process.cpuUsage(cpu);
  const micro = ((performance.now() - started) * 1000) / inputs.length;
  // CPU time beside the clock's: on a shared machine the clock also counts the turns of others.
  console.log(
    `${label}: ${micro.toFixed(1)} µs per read, ${((user + system) / inputs.length).toFixed(1)} µs ` +
      `of CPU (${inputs.length.toLocaleString('en')} reads)`,
  );
}

const randomIds = (count: number, pick: () => number) =>
  Array.from({ length: count }, () => pick());
const anyProduct = () => 1 + Math.floor(random() * PRODUCTS);
const locales = ['en', 'ru'] as const;
let turn = 0;
const locale = () => locales[(turn += 1) % 2]!;

await perRead(
  'Product page, any product',
  randomIds(READS, anyProduct).map((id) => [id]),
  ([id]) => readBoughtWith(id!, locale()),
);
await perRead(
  'Product page, the 100 most bought',
  randomIds(READS, () => 1 + Math.floor(random() * 100)).map((id) => [id]),
  ([id]) => readBoughtWith(id!, locale()),
);
await perRead(
  'Cart of 3 products, any',
  Array.from({ length: READS }, () => randomIds(3, anyProduct)),
  (ids) => readCartRecommendations(ids, locale()),
);
await perRead(
  'Cart of 3 products, bought as often as orders pick them',
  Array.from({ length: READS / 4 }, () => randomIds(3, popularProduct)),
  (ids) => readCartRecommendations(ids, locale()),
);
// Best-sellers: distinct products among the 20 most bought, each with thousands of partners.
const bestSellers = (count: number) => {
  const cart = new Set<number>();
  while (cart.size < count) cart.add(1 + Math.floor(random() * 20));
  return [...cart];
};
for (const size of [1, 3, 10]) {
  const carts = Array.from({ length: READS / 20 }, () => bestSellers(size));
  await perRead(`Cart of ${size} best-seller${size > 1 ? 's' : ''}`, carts, (ids) =>
    readCartRecommendations(ids, locale()),
  );
  await compareWithExactSum(carts.slice(0, 200));
}

/**
 * How the cart's pick (each product's best partners only, partnersPerCartProduct) compares with the
 * exact sum over all partners: the same 4 products, and 4 products of the same exact scores (the
 * sum differs only in which of equally good products it shows).
 */
async function compareWithExactSum(carts: number[][]) {
  const exactScores = sqlite.prepare<[string, string], { id: number; score: number }>(
    `SELECT b.other_id AS id, sum(b.orders) AS score FROM bought_together b
     JOIN products p ON p.id = b.other_id AND p.available = 1
     WHERE b.product_id IN (SELECT value FROM json_each(?))
       AND b.other_id NOT IN (SELECT value FROM json_each(?))
     GROUP BY b.other_id ORDER BY score DESC, b.other_id`,
  );
  let same = 0;
  let asGood = 0;
  let exactMs = 0;
  for (const cart of carts) {
    const started = performance.now();
    const exact = exactScores.all(JSON.stringify(cart), JSON.stringify(cart));
    exactMs += performance.now() - started;
    const scoreOf = new Map(exact.map((row) => [row.id, row.score]));
    const shown = (await readCartRecommendations(cart, 'en')).map((card) => card.id);
    const best = exact.slice(0, RECOMMENDATION_LIMIT);
    if (shown.join() === best.map((row) => row.id).join()) same += 1;
    if (shown.map((id) => scoreOf.get(id)).join() === best.map((row) => row.score).join())
      asGood += 1;
  }
  const percent = (count: number) => `${Math.round((100 * count) / carts.length)} %`;
  console.log(
    `  against the exact sum over all partners (${carts.length} carts): the same 4 in ` +
      `${percent(same)}, 4 as good (same exact scores) in ${percent(asGood)}; scoring every ` +
      `partner exactly took ${((exactMs * 1000) / carts.length).toFixed(0)} µs`,
  );
}

const example = await readBoughtWith(1, 'en');
console.log(`Product 1 is recommended with: ${example.map((card) => card.id).join(', ')}`);

sqlite.close();
if (values.keep || values.database) console.log(`The database: ${process.env.DATABASE_PATH}`);
else rmSync(dir, { recursive: true, force: true });
