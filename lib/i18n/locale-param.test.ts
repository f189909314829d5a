import { describe, expect, it } from 'vitest';

import { localeParam } from './locale-param';
import { locales, otherLocales } from './locales';

describe('localeParam', () => {
  it.each(locales)('gives the shop language %s, typed', (locale) => {
    expect(localeParam(locale)).toBe(locale);
  });

  it.each(['de', 'EN', '', 'en-US'])('answers %j, not a shop language, with a 404', (value) => {
    expect(() => localeParam(value)).toThrow(
      expect.objectContaining({ digest: expect.stringContaining('404') }),
    );
  });
});

describe('otherLocales', () => {
  it("gives every shop language but the visitor's own", () => {
    for (const locale of locales) {
      expect(otherLocales(locale)).not.toContain(locale);
    }
    expect(otherLocales('en')).toEqual(['ru']);
  });
});
