import { and, asc, eq } from 'drizzle-orm';

import { seedCategories, seedProducts } from '../db/seed-data';
import { categoryTranslations, products, productTranslations } from '../db/schema';
import { toMinor } from '../lib/domain/money';
import { withTestDb } from './test-db';

export { seedCategories, seedProducts };

export function availableProduct(index = 0) {
  const product = seedProducts.filter((item) => item.available)[index];
  if (!product) throw new Error(`no available seed product #${index}`);
  return product;
}

export function unavailableProduct() {
  const product = seedProducts.find((item) => !item.available);
  if (!product) throw new Error('no unavailable seed product');
  return product;
}

export function category(key: string) {
  const found = seedCategories.find((item) => item.key === key);
  if (!found) throw new Error(`no seed category ${key}`);
  return found;
}

let productCounter = 0;

/**
 * A product of the test's own, so that changing or deleting it cannot disturb tests running in
 * parallel. Written straight into the test server's database, in a category whose product count
 * no test checks.
 */
export function createProduct(options: { price?: string; available?: boolean } = {}) {
  const suffix = `${process.pid}-${Date.now()}-${(productCounter += 1)}`;
  const price = options.price ?? '12.50';
  const en = { name: `Test Tea ${suffix}`, slug: `test-tea-${suffix}` };
  const ru = { name: `Тестовый чай ${suffix}`, slug: `testovyy-chay-${suffix}` };
  const id = withTestDb((db) =>
    // Immediate: it reads, then writes; deferred, a server's write in between fails it (SQLITE_BUSY).
    db.transaction(
      (tx) => {
        const seeded = tx
          .select({ categoryId: products.categoryId, image: products.image })
          .from(products)
          .innerJoin(
            categoryTranslations,
            and(
              eq(categoryTranslations.categoryId, products.categoryId),
              eq(categoryTranslations.locale, 'en'),
            ),
          )
          .where(eq(categoryTranslations.slug, category('accessories').en.slug))
          .limit(1)
          .get();
        if (!seeded) throw new Error('no seeded accessory to copy');
        const product = tx
          .insert(products)
          .values({
            categoryId: seeded.categoryId,
            image: seeded.image,
            priceMinor: toMinor(price, 2),
            available: options.available !== false,
          })
          .returning({ id: products.id })
          .get();
        tx.insert(productTranslations)
          .values([
            {
              productId: product.id,
              locale: 'en',
              ...en,
              description: 'A product made by a test.',
            },
            { productId: product.id, locale: 'ru', ...ru, description: 'Товар, созданный тестом.' },
          ])
          .run();
        return product.id;
      },
      { behavior: 'immediate' },
    ),
  );
  return { id, price, en, ru };
}

export function updateProduct(id: number, changes: { priceMinor?: number; available?: boolean }) {
  if (changes.priceMinor === undefined && changes.available === undefined) return;
  withTestDb((db) => db.update(products).set(changes).where(eq(products.id, id)).run());
}

export function deleteProduct(id: number) {
  withTestDb((db) => db.delete(products).where(eq(products.id, id)).run());
}

/** Whether the product is for sale; undefined once it is deleted. */
export function productAvailability(id: number): boolean | undefined {
  return withTestDb(
    (db) =>
      db.select({ available: products.available }).from(products).where(eq(products.id, id)).get()
        ?.available,
  );
}

/** The ids behind a product's and a category's English slugs. */
export function idsOfSlugs(productSlug: string, categorySlug: string) {
  return withTestDb((db) => {
    const product = db
      .select({ id: productTranslations.productId })
      .from(productTranslations)
      .where(and(eq(productTranslations.locale, 'en'), eq(productTranslations.slug, productSlug)))
      .get();
    const found = db
      .select({ id: categoryTranslations.categoryId })
      .from(categoryTranslations)
      .where(
        and(eq(categoryTranslations.locale, 'en'), eq(categoryTranslations.slug, categorySlug)),
      )
      .get();
    if (!product || !found) throw new Error(`no product ${productSlug} in ${categorySlug}`);
    return { productId: product.id, categoryId: found.id };
  });
}

/** A product's id and price now, by its English slug, in the main test server's database. */
export function productBySlug(slug: string) {
  const found = withTestDb((db) =>
    db
      .select({ id: products.id, priceMinor: products.priceMinor })
      .from(products)
      .innerJoin(productTranslations, eq(productTranslations.productId, products.id))
      .where(and(eq(productTranslations.locale, 'en'), eq(productTranslations.slug, slug)))
      .get(),
  );
  if (!found) throw new Error(`no product ${slug}`);
  return found;
}

/** The first product of the English listing (by name), in a server's database file. */
export function firstListedProduct(file: string) {
  return withTestDb((db) => {
    const first = db
      .select({
        id: products.id,
        priceMinor: products.priceMinor,
        slug: productTranslations.slug,
        categorySlug: categoryTranslations.slug,
      })
      .from(products)
      .innerJoin(
        productTranslations,
        and(eq(productTranslations.productId, products.id), eq(productTranslations.locale, 'en')),
      )
      .innerJoin(
        categoryTranslations,
        and(
          eq(categoryTranslations.categoryId, products.categoryId),
          eq(categoryTranslations.locale, 'en'),
        ),
      )
      .orderBy(asc(productTranslations.name), asc(products.id))
      .limit(1)
      .get();
    if (!first) throw new Error(`no products in ${file}`);
    return first;
  }, file);
}
