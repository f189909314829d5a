import { describe, expect, it } from 'vitest';

import { parseCategoryForm } from './admin-category';

const valid = {
  'name-en': 'Green tea',
  'slug-en': 'green-tea',
  'name-ru': 'Зелёный чай',
  'slug-ru': 'zelenyy-chay',
};

describe('category form', () => {
  it('reads both languages', () => {
    expect(parseCategoryForm(valid)).toEqual({
      ok: true,
      data: {
        en: { name: 'Green tea', slug: 'green-tea' },
        ru: { name: 'Зелёный чай', slug: 'zelenyy-chay' },
      },
    });
  });

  it('names every bad field by its form name', () => {
    expect(parseCategoryForm({ ...valid, 'name-ru': '  ', 'slug-en': 'Green Tea' })).toEqual({
      ok: false,
      errors: { 'name-ru': 'required', 'slug-en': 'slug' },
    });
  });
});
