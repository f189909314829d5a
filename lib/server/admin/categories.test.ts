import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.DATABASE_PATH = ':memory:';
});

import { eq } from 'drizzle-orm';

import { getDb } from '../database';
import { categoryTranslations, products } from '../../../db/schema';
import { deleteCategory, findAdminCategory, listAdminCategories, saveCategory } from './categories';

const input = (slug: string, name = 'Herbal') => ({
  en: { name, slug },
  ru: { name: 'Травяной', slug: `${slug}-ru` },
});

describe('admin categories', () => {
  it('creates and renames a category in both languages', async () => {
    const created = await saveCategory(undefined, input('herbal'));
    if (!created.ok) throw new Error('not saved');
    expect(await saveCategory(created.id, input('herbal-tea', 'Herbal tea'))).toEqual({
      ok: true,
      id: created.id,
    });
    return expect(findAdminCategory(created.id)).resolves.toEqual({
      id: created.id,
      names: { en: 'Herbal tea', ru: 'Травяной' },
      slugs: { en: 'herbal-tea', ru: 'herbal-tea-ru' },
      productCount: 0,
    });
  });

  it('refuses a slug another category has', async () => {
    await saveCategory(undefined, input('black'));
    expect(await saveCategory(undefined, input('black'))).toEqual({
      ok: false,
      errors: { 'slug-en': 'slugTaken', 'slug-ru': 'slugTaken' },
    });
  });

  it('keeps a category that still holds products', async () => {
    const saved = await saveCategory(undefined, input('white'));
    if (!saved.ok) throw new Error('not saved');
    getDb()
      .insert(products)
      .values({ categoryId: saved.id, image: 'x.webp', priceMinor: 100 })
      .run();
    expect(await deleteCategory(saved.id)).toBe('hasProducts');
    expect((await listAdminCategories('en')).find((c) => c.id === saved.id)?.productCount).toBe(1);
    const empty = await saveCategory(undefined, input('yellow'));
    if (!empty.ok) throw new Error('not saved');
    expect(await deleteCategory(empty.id)).toBe('deleted');
    expect(await deleteCategory(empty.id)).toBe('missing');
  });

  it('saving a category deleted meanwhile returns missing and writes nothing', async () => {
    expect(await saveCategory(999, input('ghost'))).toEqual({ ok: false, missing: true });
    const rows = getDb()
      .select()
      .from(categoryTranslations)
      .where(eq(categoryTranslations.categoryId, 999))
      .all();
    expect(rows).toEqual([]);
  });

  it('searches names and slugs in both languages, in any letter case, % and _ taken literally', async () => {
    const saved = await saveCategory(undefined, {
      en: { name: '100% Rooibos', slug: 'rooibos-pure' },
      ru: { name: 'Ройбуш Чистый', slug: 'roybush-chistyy' },
    });
    const plain = await saveCategory(undefined, {
      en: { name: 'Rooibos blend', slug: 'rooibos_blend' },
      ru: { name: 'Ройбуш смесь', slug: 'roybush-smes' },
    });
    if (!saved.ok || !plain.ok) throw new Error('not saved');
    const found = async (query: string) =>
      (await listAdminCategories('en', query)).map((category) => category.id);
    expect(await found('ЧИСТЫЙ')).toEqual([saved.id]);
    expect(await found('RoyBush-Chi')).toEqual([saved.id]);
    expect(await found('rooibos')).toEqual([saved.id, plain.id]);
    expect(await found('100%')).toEqual([saved.id]);
    expect(await found('0%r')).toEqual([]);
    expect(await found('s_b')).toEqual([plain.id]);
    expect(await found('s_p')).toEqual([]);
    const all = await listAdminCategories('en');
    expect(all.find((category) => category.id === saved.id)?.names.ru).toBe('Ройбуш Чистый');
  });
});
