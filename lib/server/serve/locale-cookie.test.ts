import { describe, expect, it } from 'vitest';

import { localeCookie, preferredLocale } from './locale-cookie';

describe('the language cookie on cached pages', () => {
  it('is set when the page is in another language than the one remembered', () => {
    expect(localeCookie({ cookie: 'NEXT_LOCALE=en' }, 'ru')).toBe(
      'NEXT_LOCALE=ru; Path=/; SameSite=lax',
    );
    expect(localeCookie({ cookie: 'a=1; NEXT_LOCALE=ru' }, 'ru')).toBeUndefined();
  });

  it('is set without one only when the browser would not ask for this language itself', () => {
    expect(localeCookie({}, 'en')).toBeUndefined();
    expect(localeCookie({}, 'ru')).toBeDefined();
    expect(localeCookie({ 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' }, 'ru')).toBeUndefined();
    expect(localeCookie({ 'accept-language': 'ru-RU,ru;q=0.9' }, 'en')).toBeDefined();
  });

  it('is not set by background requests', () => {
    expect(localeCookie({ 'sec-fetch-dest': 'empty' }, 'ru')).toBeUndefined();
    expect(localeCookie({ 'sec-fetch-dest': 'document' }, 'ru')).toBeDefined();
  });

  it('reads Accept-Language by weight', () => {
    expect(preferredLocale('de-DE,ru;q=0.8,en;q=0.9')).toBe('en');
    expect(preferredLocale('de, fr;q=0.5')).toBe('en');
    expect(preferredLocale('RU')).toBe('ru');
    expect(preferredLocale(undefined)).toBe('en');
  });
});
