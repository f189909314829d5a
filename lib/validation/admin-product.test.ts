import { describe, expect, it } from 'vitest';

import { parseProductForm } from './admin-product';

const valid = {
  categoryId: '2',
  price: '19.90',
  available: 'on',
  'name-en': 'Earl Grey',
  'slug-en': 'earl-grey',
  'description-en': 'Black tea with bergamot.',
  'name-ru': 'Эрл Грей',
  'slug-ru': 'erl-grey',
  'description-ru': '',
};

describe('product form', () => {
  it('reads both languages and the flags', () => {
    const result = parseProductForm(valid);
    expect(result.ok && result.data).toEqual({
      categoryId: 2,
      price: '19.90',
      available: true,
      en: { name: 'Earl Grey', slug: 'earl-grey', description: 'Black tea with bergamot.' },
      ru: { name: 'Эрл Грей', slug: 'erl-grey', description: '' },
    });
    const unchecked = parseProductForm({ ...valid, available: '' });
    expect(unchecked.ok && unchecked.data.available).toBe(false);
  });

  it('makes an address left empty from the name, Russian transliterated', () => {
    const result = parseProductForm({ ...valid, 'slug-en': ' ', 'slug-ru': '' });
    expect(result.ok && [result.data.en.slug, result.data.ru.slug]).toEqual([
      'earl-grey',
      'erl-grey',
    ]);
    expect(parseProductForm({ ...valid, 'name-ru': '', 'slug-ru': '' })).toEqual({
      ok: false,
      errors: { 'name-ru': 'required', 'slug-ru': 'required' },
    });
  });

  it('takes a price with at most two decimal places, as text', () => {
    for (const price of ['19', '19.9', '0.05', '9999999.99']) {
      expect(parseProductForm({ ...valid, price }).ok).toBe(true);
    }
    for (const price of ['19.999', '-1', '1e3', '19,90', 'abc', '10000000']) {
      expect(parseProductForm({ ...valid, price })).toEqual({
        ok: false,
        errors: { price: 'price' },
      });
    }
    expect(parseProductForm({ ...valid, price: ' ' })).toEqual({
      ok: false,
      errors: { price: 'required' },
    });
  });

  it('names the field of each language', () => {
    const result = parseProductForm({ ...valid, 'name-ru': '', 'slug-en': 'Not A Slug' });
    expect(result).toEqual({ ok: false, errors: { 'name-ru': 'required', 'slug-en': 'slug' } });
  });
});
