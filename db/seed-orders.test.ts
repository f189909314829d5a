import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { rebuildBoughtTogether } from './bought-together';
import { openDatabase } from './connection';
import { boughtTogether, categories, orders, products } from './schema';
import { seedProducts } from './seed-data';
import { seedOrders, seedPaidOrders, type SeededProduct } from './seed-orders';

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

  it('are seeded paid, with their products counted as bought together as the rebuild counts them', () => {
    // The catalog as seedCatalog writes it, without drawing its images.
    const db = openDatabase(':memory:');
    db.insert(categories).values({ id: 1 }).run();
    const bySlug = new Map<string, SeededProduct>();
    for (const product of seedProducts) {
      const priceMinor = Math.round(Number(product.price) * 100);
      const { id } = db
        .insert(products)
        .values({ categoryId: 1, image: 'x.webp', priceMinor, available: product.available })
        .returning({ id: products.id })
        .get();
      bySlug.set(product.en.slug, {
        id,
        priceMinor,
        names: { en: product.en.name, ru: product.ru.name },
      });
    }
    db.transaction((tx) => seedPaidOrders(tx as unknown as typeof db, bySlug));
    const paid = db.select({ paid: orders.paid }).from(orders).all();
    expect(paid).toHaveLength(seedOrders.length);
    expect(paid.every((order) => order.paid)).toBe(true);
    const seeded = db.select().from(boughtTogether).all();
    expect(seeded.length).toBeGreaterThan(50);
    rebuildBoughtTogether(db);
    const rebuilt = db.select().from(boughtTogether).all();
    expect(new Set(rebuilt.map((row) => JSON.stringify(row)))).toEqual(
      new Set(seeded.map((row) => JSON.stringify(row))),
    );
  });
});
