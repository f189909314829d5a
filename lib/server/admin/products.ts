import 'server-only';

import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { and, asc, eq, sql } from 'drizzle-orm';
import sharp from 'sharp';

import { getDb } from '../database';
import {
  categoryTranslations,
  products,
  productTranslations,
  type Product,
  type ProductTranslation,
} from '../../../db/schema';
import { toMinor } from '../../domain/money';
import { locales, type Locale } from '../../i18n/locales';
import { env } from '../../validation/env';
import {
  MAX_IMAGE_BYTES,
  type ProductFieldError,
  type ProductFormErrors,
  type ProductFormInput,
} from '../../validation/admin-product';
import { shopCurrency } from '../shop';
import { containsPattern } from './like-pattern';
import { takenSlugs, type SlugTable } from './slugs';

export async function listAdminProducts(locale: Locale, query?: string) {
  const pattern = query ? containsPattern(query) : undefined;
  const matching = pattern
    ? sql`${products.id} in (select product_id from product_translations
        where lower(name) like ${pattern} escape '\\' or slug like ${pattern} escape '\\')`
    : undefined;
  return getDb()
    .select({
      id: products.id,
      name: productTranslations.name,
      category: categoryTranslations.name,
      priceMinor: products.priceMinor,
      available: products.available,
      updatedAt: products.updatedAt,
    })
    .from(products)
    .innerJoin(
      productTranslations,
      and(eq(productTranslations.productId, products.id), eq(productTranslations.locale, locale)),
    )
    .innerJoin(
      categoryTranslations,
      and(
        eq(categoryTranslations.categoryId, products.categoryId),
        eq(categoryTranslations.locale, locale),
      ),
    )
    .where(matching)
    .orderBy(asc(productTranslations.name))
    .all();
}

export type EditableProduct = Product & {
  translations: Record<Locale, ProductTranslation | undefined>;
};

export async function findEditableProduct(id: number): Promise<EditableProduct | undefined> {
  const db = getDb();
  const product = db.select().from(products).where(eq(products.id, id)).get();
  if (!product) return undefined;
  const rows = db
    .select()
    .from(productTranslations)
    .where(eq(productTranslations.productId, id))
    .all();
  return {
    ...product,
    translations: Object.fromEntries(
      locales.map((locale) => [locale, rows.find((row) => row.locale === locale)]),
    ) as Record<Locale, ProductTranslation | undefined>,
  };
}

export type UploadedImage = { bytes: Buffer; size: number };
/** `missing`: the product was deleted meanwhile (or the id was forged); nothing was written. */
export type SaveResult =
  | { ok: true; id: number }
  | { ok: false; errors: ProductFormErrors }
  | { ok: false; missing: true };

function productExists(id: number): boolean {
  return (
    getDb().select({ id: products.id }).from(products).where(eq(products.id, id)).get() !==
    undefined
  );
}

/**
 * Checks an upload by its content, not its name or claimed type: only JPEG, PNG or WebP up to
 * 5 MB. It is re-encoded (which also drops its metadata) and stored under MEDIA_ROOT.
 */
async function storeImage(image: UploadedImage): Promise<string | ProductFieldError> {
  if (image.size > MAX_IMAGE_BYTES) return 'imageSize';
  const format = await sharp(image.bytes)
    .metadata()
    .then((meta) => meta.format)
    .catch(() => undefined);
  if (format !== 'jpeg' && format !== 'png' && format !== 'webp') return 'imageType';
  const relative = path.posix.join('products', `${randomUUID()}.webp`);
  const target = path.join(env().MEDIA_ROOT, relative);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(
    target,
    await sharp(image.bytes)
      .rotate()
      .resize(1200, 1200, { fit: 'inside' })
      .webp({ quality: 82 })
      .toBuffer(),
  );
  return relative;
}

const PRODUCT_SLUGS: SlugTable = {
  table: productTranslations,
  ownerId: productTranslations.productId,
  locale: productTranslations.locale,
  slug: productTranslations.slug,
};

/** Creates (no id) or updates a product with both languages, in one transaction. */
export async function saveProduct(
  id: number | undefined,
  input: ProductFormInput,
  image: UploadedImage | undefined,
): Promise<SaveResult> {
  const errors: ProductFormErrors = await takenSlugs(PRODUCT_SLUGS, input, id);
  const categoryExists = getDb()
    .select({ id: categoryTranslations.categoryId })
    .from(categoryTranslations)
    .where(eq(categoryTranslations.categoryId, input.categoryId))
    .get();
  if (!categoryExists) errors.categoryId = 'category';
  let priceMinor: number | undefined;
  try {
    priceMinor = toMinor(input.price, shopCurrency().digits);
  } catch {
    errors.price = 'price';
  }
  if (id === undefined && !image) errors.image = 'imageRequired';
  if (Object.keys(errors).length > 0 || priceMinor === undefined) return { ok: false, errors };
  // Before the image is stored, so that a save of a deleted product leaves no file behind.
  if (id !== undefined && !productExists(id)) return { ok: false, missing: true };
  const stored = image ? await storeImage(image) : undefined;
  if (stored === 'imageSize' || stored === 'imageType')
    return { ok: false, errors: { image: stored } };

  const values = { categoryId: input.categoryId, priceMinor, available: input.available };
  const savedId = getDb().transaction(
    (tx) => {
      let productId = id;
      if (productId === undefined) {
        productId = tx
          .insert(products)
          .values({ ...values, image: stored ?? '' })
          .returning({ id: products.id })
          .get().id;
      } else {
        const update = { ...values, ...(stored ? { image: stored } : {}), updatedAt: new Date() };
        // Deleted between the check above and here: no row to hang the translations on.
        if (tx.update(products).set(update).where(eq(products.id, productId)).run().changes === 0)
          return undefined;
      }
      for (const locale of locales) {
        tx.insert(productTranslations)
          .values({ productId, locale, ...input[locale] })
          .onConflictDoUpdate({
            target: [productTranslations.productId, productTranslations.locale],
            set: input[locale],
          })
          .run();
      }
      return productId;
    },
    { behavior: 'immediate' },
  );
  if (savedId === undefined) {
    if (stored) await rm(path.join(env().MEDIA_ROOT, stored), { force: true });
    return { ok: false, missing: true };
  }
  return { ok: true, id: savedId };
}

/** Deletes a product; its order items keep their name and price (product_id becomes null). */
export async function deleteProduct(id: number): Promise<boolean> {
  return getDb().delete(products).where(eq(products.id, id)).run().changes > 0;
}

/** The availability toggle of the product list; false when there is no such product. */
export async function setProductAvailability(id: number, available: boolean): Promise<boolean> {
  return (
    getDb()
      .update(products)
      .set({ available, updatedAt: new Date() })
      .where(eq(products.id, id))
      .run().changes > 0
  );
}

/** Category choices for the product form, named in the staff member's language. */
export async function categoryChoices(locale: Locale) {
  return getDb()
    .select({ id: categoryTranslations.categoryId, name: categoryTranslations.name })
    .from(categoryTranslations)
    .where(eq(categoryTranslations.locale, locale))
    .orderBy(asc(categoryTranslations.name))
    .all();
}
