import { locales, type Locale } from '../../db/locales';

/** The shop's languages (the list itself lives in db/locales.ts, which the schema uses too). */
export { locales, type Locale };
export const defaultLocale: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The shop's languages other than `locale`, in the shop's order. */
export function otherLocales(locale: Locale): Locale[] {
  return locales.filter((other) => other !== locale);
}

/** Each language as Open Graph names it (language_TERRITORY). */
export const openGraphLocales: Record<Locale, string> = { en: 'en_US', ru: 'ru_RU' };
