/** The shop's languages; the first is the default. Pure constants, shared by db/ and the app. */
export const locales = ['en', 'ru'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Each language as Open Graph names it (language_TERRITORY). */
export const openGraphLocales: Record<Locale, string> = { en: 'en_US', ru: 'ru_RU' };
