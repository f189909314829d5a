import { sql } from 'drizzle-orm';

import type { ShopDatabase } from './connection';
import { products } from './schema';

// Words for made-up product names: enough combinations that the name order mixes categories and
// serials, as a real catalog's would, instead of sorting in insertion order.
const ADJECTIVES = [
  { en: 'Amber', ru: 'Янтарный', slug: 'amber', ruSlug: 'yantarnyy' },
  { en: 'Bold', ru: 'Насыщенный', slug: 'bold', ruSlug: 'nasyshchennyy' },
  { en: 'Classic', ru: 'Классический', slug: 'classic', ruSlug: 'klassicheskiy' },
  { en: 'Delicate', ru: 'Нежный', slug: 'delicate', ruSlug: 'nezhnyy' },
  { en: 'Highland', ru: 'Горный', slug: 'highland', ruSlug: 'gornyy' },
  { en: 'Morning', ru: 'Утренний', slug: 'morning', ruSlug: 'utrenniy' },
  { en: 'Smoky', ru: 'Дымный', slug: 'smoky', ruSlug: 'dymnyy' },
  { en: 'Velvet', ru: 'Бархатный', slug: 'velvet', ruSlug: 'barkhatnyy' },
] as const;

const NOUNS = [
  { en: 'Blend', ru: 'купаж', slug: 'blend', ruSlug: 'kupazh' },
  { en: 'Harvest', ru: 'урожай', slug: 'harvest', ruSlug: 'urozhay' },
  { en: 'Reserve', ru: 'резерв', slug: 'reserve', ruSlug: 'rezerv' },
  { en: 'Selection', ru: 'выбор', slug: 'selection', ruSlug: 'vybor' },
  { en: 'Set', ru: 'набор', slug: 'set', ruSlug: 'nabor' },
] as const;

export type BulkProduct = {
  categoryId: number;
  image: string;
  priceMinor: number;
  available: boolean;
  en: { name: string; slug: string; description: string };
  ru: { name: string; slug: string; description: string };
};

/** An existing category and the images of its products, which bulk products reuse. */
export type BulkCategory = { id: number; images: readonly string[] };

/**
 * The made-up product number `serial`: the same serial always gives the same product, and the
 * serial in every name and slug keeps them unique. One in ten is out of stock.
 */
export function bulkProduct(serial: number, categories: readonly BulkCategory[]): BulkProduct {
  const category = categories[serial % categories.length];
  if (!category) throw new Error('bulk products need at least one category');
  // Words picked by a hash of the serial, not by its remainders, which would tie every name to
  // one category (serial % 5 would decide both) and make a category's names cluster in the order.
  // The high bits: a product's low bits depend only on the serial's low bits.
  const mixed = Math.imul(serial, 2654435761) >>> 0;
  const adjective = ADJECTIVES[(mixed >>> 24) % ADJECTIVES.length] ?? ADJECTIVES[0];
  const noun = NOUNS[(mixed >>> 16) % NOUNS.length] ?? NOUNS[0];
  return {
    categoryId: category.id,
    // The serial's turn within its category, so that every image of the category gets used.
    image:
      category.images[
        Math.floor(serial / categories.length) % Math.max(category.images.length, 1)
      ] ?? '',
    // 1.00 to 99.99 in minor units, spread by a prime stride.
    priceMinor: 100 + ((serial * 7919) % 9900),
    available: serial % 10 !== 0,
    en: {
      name: `${adjective.en} ${noun.en} No. ${serial}`,
      slug: `${adjective.slug}-${noun.slug}-${serial}`,
      description: 'A sample product for trying the shop with a large catalog.',
    },
    ru: {
      name: `${adjective.ru} ${noun.ru} № ${serial}`,
      slug: `${adjective.ruSlug}-${noun.ruSlug}-${serial}`,
      description: 'Пример товара, чтобы опробовать магазин с большим каталогом.',
    },
  };
}

/** The catalog's categories with the images already drawn for their products. */
function bulkCategories(db: ShopDatabase): BulkCategory[] {
  const rows = db.$client
    .prepare(
      `select c.id as id, group_concat(distinct p.image) as images
       from categories c left join products p on p.category_id = c.id
       group by c.id order by c.id`,
    )
    .all() as { id: number; images: string | null }[];
  // Image paths are "products/<name>.webp": they hold no commas.
  return rows.map((row) => ({ id: row.id, images: row.images ? row.images.split(',') : [] }));
}

/**
 * Adds made-up products until the catalog holds `total`, in both languages, spread over the
 * existing categories and reusing their images. One transaction with prepared inserts: 100,000
 * products take seconds. Returns how many were added (none if the catalog is already that big).
 */
export function seedBulkProducts(db: ShopDatabase, total: number): number {
  const categories = bulkCategories(db);
  if (categories.length === 0) throw new Error('seed the sample catalog before bulk products');
  const insertProduct = db.$client.prepare(
    'insert into products (category_id, image, price_minor, available) values (?, ?, ?, ?)',
  );
  const insertTranslation = db.$client.prepare(
    'insert into product_translations (product_id, locale, name, slug, description) values (?, ?, ?, ?, ?)',
  );
  return db.transaction(
    () => {
      const existing = db.get<{ n: number }>(sql`select count(*) as n from ${products}`)?.n ?? 0;
      const last = db.get<{ id: number | null }>(sql`select max(id) as id from ${products}`)?.id;
      const missing = Math.max(total - existing, 0);
      // Serials above every product id so far: a second run never repeats a slug.
      const first = (last ?? 0) + 1;
      for (let serial = first; serial < first + missing; serial += 1) {
        const product = bulkProduct(serial, categories);
        const { lastInsertRowid } = insertProduct.run(
          product.categoryId,
          product.image,
          product.priceMinor,
          product.available ? 1 : 0,
        );
        for (const locale of ['en', 'ru'] as const) {
          const text = product[locale];
          insertTranslation.run(lastInsertRowid, locale, text.name, text.slug, text.description);
        }
      }
      return missing;
    },
    { behavior: 'immediate' },
  );
}
