import type en from './lib/i18n/messages/en.json';
import type { routing } from './lib/i18n/routing';

// Typed message keys and locales for next-intl: a missing key is a type error.
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof en;
  }
}
