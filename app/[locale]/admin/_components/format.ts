import type { Locale } from '@/lib/i18n/locales';

/** Staff see times in UTC, the same days the order filters use, whatever the server's zone. */
export function adminDateTime(locale: Locale): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
    timeZoneName: 'short',
  });
}
