import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { rebuildBoughtTogether } from './bought-together';
import { openDatabase } from './connection';
import { boughtTogether, orders } from './schema';
import { seedCatalog } from './seed';
import { seedProducts } from './seed-data';
import { seedOrders } from './seed-orders';

describe('the sample paid orders', () => {
  it('name seed products, none of those the end-to-end tests visit or buy themselves', () => {
    // Whatever e2e/*.ts names through availableProduct(N) and unavailableProduct() (fixtures.ts).
    const available = seedProducts.filter((product) => product.available);
    const specs = readdirSync('e2e')
      .filter((file) => file.endsWith('.ts'))
      .map((file) => readFileSync(path.join('e2e', file), 'utf8'))
      .join('\n');
    const indexes = [...specs.matchAll(/availableProduct\((\d*)\)/g)].map((match) =>
      Number(match[1] || 0),
    );
    expect(indexes.length).toBeGreaterThan(5);
    const reserved = new Set([
      ...indexes.map((index) => available[index]?.en.slug),
      seedProducts.find((product) => !product.available)?.en.slug,
    ]);
    const slugs = new Set(seedProducts.map((product) => product.en.slug));
    for (const order of seedOrders) {
      for (const [slug] of order.lines) {
        expect(slugs.has(slug), slug).toBe(true);
        expect(reserved.has(slug), slug).toBe(false);
      }
    }
  });

  const media = mkdtempSync(path.join(tmpdir(), 'myshop-seed-'));
  afterAll(() => rmSync(media, { recursive: true, force: true }));

  it('are seeded paid, with their products counted as bought together as the rebuild counts them', async () => {
    const db = openDatabase(':memory:');
    expect(await seedCatalog(db, { mediaRoot: media, currency: 'USD' })).toBe(true);
    const paid = db.select({ paid: orders.paid }).from(orders).all();
    expect(paid).toHaveLength(seedOrders.length);
    expect(paid.every((order) => order.paid)).toBe(true);
    const seeded = db.select().from(boughtTogether).orderBy(boughtTogether.productId).all();
    expect(seeded.length).toBeGreaterThan(50);
    rebuildBoughtTogether(db);
    const rebuilt = db.select().from(boughtTogether).orderBy(boughtTogether.productId).all();
    expect(new Set(rebuilt.map((row) => JSON.stringify(row)))).toEqual(
      new Set(seeded.map((row) => JSON.stringify(row))),
    );
  }, 60_000);
});
