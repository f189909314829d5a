import type { Locale } from '@/lib/i18n/locales';

/** Staff see times in UTC, the same days the order filters use, whatever the server's zone. */
export function adminDateTime(locale: Locale): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  });
}
