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

// The page cache's insert triggers (migration 0005) bump the cache epoch and a tag per row: for
// 300,000 rows that is about 40 times the inserts' own time (65 s against 1.7 s for 100,000
// products). Bulk seeding sets them aside inside its transaction and then does once, for all the
// rows, what they would have done: bump the epoch and give the list, each new product and each
// category of one the new version, so that a page cached before (a 404 for a slug, say) is renewed.
const INSERT_TRIGGERS = ['products_page_cache_insert', 'product_translations_page_cache_insert'];

function withoutInsertTriggers<T>(db: ShopDatabase, run: () => T): T {
  const saved = db.$client
    .prepare(
      `select name, sql from sqlite_master where type = 'trigger' and name in (${INSERT_TRIGGERS.map(() => '?').join(', ')})`,
    )
    .all(...INSERT_TRIGGERS) as { name: string; sql: string }[];
  for (const { name } of saved) db.$client.prepare(`drop trigger "${name}"`).run();
  const result = run();
  for (const trigger of saved) db.$client.prepare(trigger.sql).run();
  return result;
}

function tagNewProducts(db: ShopDatabase, firstId: number) {
  db.$client.prepare('update page_cache_epoch set epoch = epoch + 1 where id = 1').run();
  db.$client
    .prepare(
      `insert into page_cache_tags (tag, version)
       select tag, (select epoch from page_cache_epoch where id = 1) from (
         select 'list' as tag
         union all select 'product:' || id from products where id >= @first
         union all select distinct 'category:' || category_id from products where id >= @first
       ) where true
       on conflict (tag) do update set version = excluded.version`,
    )
    .run({ first: firstId });
}

/**
 * Adds made-up products until the catalog holds `total`, in both languages, spread over the
 * existing categories and reusing their images. One transaction with prepared inserts: 100,000
 * products take about 2 s. Returns how many were added (none if the catalog is already that big).
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
      if (missing === 0) return 0;
      // Serials above every product id so far: a second run never repeats a slug.
      const first = (last ?? 0) + 1;
      let firstId = Number.MAX_SAFE_INTEGER;
      withoutInsertTriggers(db, () => {
        for (let serial = first; serial < first + missing; serial += 1) {
          const product = bulkProduct(serial, categories);
          const { lastInsertRowid } = insertProduct.run(
            product.categoryId,
            product.image,
            product.priceMinor,
            product.available ? 1 : 0,
          );
          firstId = Math.min(firstId, Number(lastInsertRowid));
          for (const locale of ['en', 'ru'] as const) {
            const text = product[locale];
            insertTranslation.run(lastInsertRowid, locale, text.name, text.slug, text.description);
          }
        }
      });
      tagNewProducts(db, firstId);
      return missing;
    },
    { behavior: 'immediate' },
  );
}
