// Formatting only, without decimal.js: the browser formats prices (the cart's optimistic totals)
// and should not download an arbitrary-precision library to do it. money.ts re-exports these.

// Building an Intl.NumberFormat loads ICU data and costs far more than formatting with one, and
// every price on a page is formatted: one formatter per locale and currency, kept for the life of
// the process (or browser tab). The keys are the shop's few locales times its currency.
const formatters = new Map<string, Intl.NumberFormat>();

function currencyFormat(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale} ${currency}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatters.set(key, format);
  }
  return format;
}

const digitsOf = new Map<string, number>();

/** How many minor-unit digits a currency has (2 for USD, 0 for JPY), from the platform's ICU data. */
export function currencyDigits(currency: string): number {
  let digits = digitsOf.get(currency);
  if (digits === undefined) {
    // resolvedOptions() builds a new object each time, and every price on a page asks.
    digits = currencyFormat('en', currency).resolvedOptions().maximumFractionDigits ?? 2;
    digitsOf.set(currency, digits);
  }
  return digits;
}

/**
 * Formats for the visitor's locale. Intl.NumberFormat takes the decimal text itself, so the
 * amount is never rounded through a float on the way.
 */
export function formatMoney(amount: string, currency: string, locale: string): string {
  return currencyFormat(locale, currency).format(amount as unknown as number);
}
