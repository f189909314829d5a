import { afterAll, describe, expect, it, vi } from 'vitest';

const mediaRoot = await vi.hoisted(async () => {
  const { mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  process.env.DATABASE_PATH = ':memory:';
  process.env.MEDIA_ROOT = await mkdtemp(join(tmpdir(), 'admin-products-'));
  return process.env.MEDIA_ROOT;
});

import { readdir, rm } from 'node:fs/promises';

import { eq } from 'drizzle-orm';
import sharp from 'sharp';

import { getDb } from '../database';
import {
  categories,
  categoryTranslations,
  orderItems,
  orders,
  products,
  productTranslations,
} from '../../../db/schema';
import { deleteProduct, findEditableProduct, saveProduct } from './products';

const db = getDb();
const categoryId = db.insert(categories).values({}).returning().get().id;
db.insert(categoryTranslations)
  .values([
    { categoryId, locale: 'en', name: 'Tea', slug: 'tea' },
    { categoryId, locale: 'ru', name: 'Чай', slug: 'chay' },
  ])
  .run();

function product(slug: string, priceMinor = 1990) {
  const id = db
    .insert(products)
    .values({ categoryId, image: 'products/x.webp', priceMinor })
    .returning()
    .get().id;
  db.insert(productTranslations)
    .values([
      { productId: id, locale: 'en', name: `Tea ${slug}`, slug },
      { productId: id, locale: 'ru', name: `Чай ${slug}`, slug: `${slug}-ru` },
    ])
    .run();
  return id;
}

const form = (slug: string, price = '5.50') => ({
  categoryId,
  price,
  available: false,
  en: { name: 'Oolong', slug, description: '' },
  ru: { name: 'Улун', slug: `${slug}-ru`, description: 'Тёмный' },
});

afterAll(() => rm(mediaRoot, { recursive: true, force: true }));

describe('admin products', () => {
  it('deleting a product leaves its orders whole: the item keeps its name and price', async () => {
    const id = product('sencha');
    const orderId = db
      .insert(orders)
      .values({
        firstName: 'Anna',
        lastName: 'K',
        email: 'anna@example.com',
        address: '1 Main St',
        postalCode: '1',
        city: 'Moscow',
        locale: 'en',
        totalMinor: 3980,
        sessionKey: 'k'.repeat(22),
        cartToken: 't'.repeat(22),
      })
      .returning()
      .get().id;
    db.insert(orderItems)
      .values({
        orderId,
        productId: id,
        productName: 'Tea sencha',
        unitPriceMinor: 1990,
        quantity: 2,
      })
      .run();

    expect(await deleteProduct(id)).toBe(true);

    expect(db.select().from(products).where(eq(products.id, id)).all()).toEqual([]);
    expect(db.select().from(orders).where(eq(orders.id, orderId)).get()?.totalMinor).toBe(3980);
    const items = db.select().from(orderItems).where(eq(orderItems.orderId, orderId)).all();
    expect(items).toMatchObject([
      { productId: null, productName: 'Tea sencha', unitPriceMinor: 1990, quantity: 2 },
    ]);
    expect(await deleteProduct(id)).toBe(false);
  });

  it('updates both languages, the price as exact minor units, and availability', async () => {
    const id = product('gyokuro');
    expect(await saveProduct(id, form('oolong', '1234567.89'), undefined)).toEqual({
      ok: true,
      id,
    });
    const saved = await findEditableProduct(id);
    expect(saved).toMatchObject({
      priceMinor: 123456789,
      available: false,
      image: 'products/x.webp',
    });
    expect(saved?.translations.ru).toMatchObject({
      name: 'Улун',
      slug: 'oolong-ru',
      description: 'Тёмный',
    });
  });

  it('refuses a slug another product has, a missing category and a new product without image', async () => {
    product('matcha');
    expect(await saveProduct(undefined, { ...form('matcha'), categoryId: 999 }, undefined)).toEqual(
      {
        ok: false,
        errors: {
          'slug-en': 'slugTaken',
          'slug-ru': 'slugTaken',
          categoryId: 'category',
          image: 'imageRequired',
        },
      },
    );
  });

  it('checks an upload by its content: text named like an image is refused', async () => {
    const fake = Buffer.from('not an image at all');
    expect(await saveProduct(undefined, form('fake'), { bytes: fake, size: fake.length })).toEqual({
      ok: false,
      errors: { image: 'imageType' },
    });
  });

  it('saving a product deleted meanwhile writes nothing, not even its new image', async () => {
    const png = await sharp({
      create: { width: 4, height: 4, channels: 3, background: '#fff' },
    })
      .png()
      .toBuffer();
    expect(await saveProduct(999, form('ghost'), { bytes: png, size: png.length })).toEqual({
      ok: false,
      missing: true,
    });
    expect(db.select().from(products).where(eq(products.id, 999)).all()).toEqual([]);
    expect(
      db.select().from(productTranslations).where(eq(productTranslations.productId, 999)).all(),
    ).toEqual([]);
    expect(await readdir(mediaRoot, { recursive: true })).toEqual([]);
  });
});
