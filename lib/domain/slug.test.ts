import { describe, expect, it } from 'vitest';

import { slugify } from './slug';

describe('an address made from a name', () => {
  it('keeps Latin letters and digits, joined by single hyphens', () => {
    expect(slugify('  Darjeeling First Flush, 100 g!  ')).toBe('darjeeling-first-flush-100-g');
    expect(slugify('Café au lait')).toBe('cafe-au-lait');
  });

  it('transliterates Russian as the seed catalog’s addresses are written', () => {
    expect(slugify('Чай с жасмином')).toBe('chay-s-zhasminom');
    expect(slugify('Щедрый ёжик, объём 50 г')).toBe('shchedryy-yozhik-obyom-50-g');
    expect(slugify('Тестовый чай')).toBe('testovyy-chay');
  });

  it('is empty for a name without letters or digits, and never longer than 80', () => {
    expect(slugify('—!?')).toBe('');
    const long = slugify('a '.repeat(100));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long.endsWith('-')).toBe(false);
  });
});
