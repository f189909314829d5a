/**
 * The shop's languages; the first is the default. The one list: orders, accounts and product
 * translations store one of them, and lib/i18n/locales.ts builds the app's language handling on it
 * (db/ imports nothing from lib/, so the list lives here). Pure constants: safe in client code.
 */
export const locales = ['en', 'ru'] as const;
export type Locale = (typeof locales)[number];
