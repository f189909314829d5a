import { sql } from 'drizzle-orm';

import type { ShopDatabase } from './connection';
import { writeProductImage } from './product-image';
import { categories, categoryTranslations, coupons, products, productTranslations } from './schema';
import { seedCategories, seedCoupons, seedProducts } from './seed-data';
import { seedPaidOrders, type SeededProduct } from './seed-orders';

export function isCatalogEmpty(db: ShopDatabase): boolean {
  const row = db.get<{ n: number }>(sql`select count(*) as n from ${categories}`);
  return (row?.n ?? 0) === 0;
}

/**
 * Fills an empty catalog with the sample categories and products, and draws their images, and
 * adds the sample paid orders that "Bought together" recommends from (./seed-orders.ts).
 * Returns false (and writes nothing) when the catalog already has categories.
 */
export async function seedCatalog(
  db: ShopDatabase,
  options: {
    mediaRoot: string;
    /**
     * The seed's decimal prices ("12.50") in the shop currency's minor units; passed in because
     * db/ imports nothing from lib/ (the caller gives minorUnits(currency) of lib/domain/money.ts).
     */
    toMinor: (amount: string) => number;
  },
): Promise<boolean> {
  if (!isCatalogEmpty(db)) return false;
  const { toMinor } = options;
  // Images first (async); then every row in one transaction, re-checking emptiness inside it so two
  // processes starting at once cannot seed twice.
  const images = await Promise.all(
    seedProducts.map((product) =>
      writeProductImage(
        options.mediaRoot,
        `seed-${product.en.slug}`,
        product.en.slug,
        product.category,
      ),
    ),
  );
  return db.transaction(
    (tx) => {
      if (!isCatalogEmpty(tx as unknown as ShopDatabase)) return false;
      const categoryIds = new Map<string, number>();
      const productsBySlug = new Map<string, SeededProduct>();
      for (const category of seedCategories) {
        const { id } = tx.insert(categories).values({}).returning({ id: categories.id }).get();
        categoryIds.set(category.key, id);
        tx.insert(categoryTranslations)
          .values([
            { categoryId: id, locale: 'en', ...category.en },
            { categoryId: id, locale: 'ru', ...category.ru },
          ])
          .run();
      }
      seedProducts.forEach((product, index) => {
        const categoryId = categoryIds.get(product.category);
        if (categoryId === undefined) throw new Error(`unknown category ${product.category}`);
        const priceMinor = toMinor(product.price);
        const { id } = tx
          .insert(products)
          .values({
            categoryId,
            image: images[index] ?? '',
            priceMinor,
            available: product.available,
          })
          .returning({ id: products.id })
          .get();
        productsBySlug.set(product.en.slug, {
          id,
          priceMinor,
          names: { en: product.en.name, ru: product.ru.name },
        });
        tx.insert(productTranslations)
          .values([
            { productId: id, locale: 'en', ...product.en },
            { productId: id, locale: 'ru', ...product.ru },
          ])
          .run();
      });
      seedPaidOrders(tx as unknown as ShopDatabase, productsBySlug);
      // With the catalog, on a fresh start only: coupons an owner deleted do not come back.
      tx.insert(coupons)
        .values(
          seedCoupons.map((coupon) => ({
            code: coupon.code,
            codeKey: coupon.code.toUpperCase(),
            percentOff: coupon.percentOff ?? null,
            amountOffMinor: coupon.amountOff ? toMinor(coupon.amountOff) : null,
            minSubtotalMinor: coupon.minSubtotal ? toMinor(coupon.minSubtotal) : null,
            maxUses: coupon.maxUses ?? null,
            validFrom: new Date(coupon.validFrom),
            validUntil: new Date(coupon.validUntil),
          })),
        )
        .onConflictDoNothing()
        .run();
      return true;
    },
    { behavior: 'immediate' },
  );
}
