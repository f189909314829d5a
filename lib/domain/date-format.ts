/**
 * The shop's date styles. A page built a new Intl.DateTimeFormat on every render, and building one
 * loads ICU data; one formatter per locale and style is kept for the life of the process instead.
 */
const STYLES = {
  /** An order's date and time on the shopper's pages. */
  dateTime: { dateStyle: 'long', timeStyle: 'short' },
  /** A row in the shopper's order list. */
  date: { dateStyle: 'medium' },
  /** The invoice. */
  longDate: { dateStyle: 'long' },
  /** A coupon's first and last days: whole UTC days, as staff entered them. */
  adminDate: { dateStyle: 'medium', timeZone: 'UTC' },
  /** Staff see times in UTC, the same days the order filters use, whatever the server's zone. */
  adminDateTime: {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof STYLES;

const formatters = new Map<string, Intl.DateTimeFormat>();

export function dateFormat(locale: string, style: DateStyle): Intl.DateTimeFormat {
  const key = `${locale} ${style}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, STYLES[style]);
    formatters.set(key, format);
  }
  return format;
}
