import Decimal from 'decimal.js';

/** An exact amount of the shop currency as decimal text, e.g. "19.90". Never a JS float. */
export type Money = string;

const DECIMAL_TEXT = /^\d{1,12}(\.\d{1,4})?$/;

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

/** How many minor-unit digits a currency has (2 for USD, 0 for JPY), from the platform's ICU data. */
export function currencyDigits(currency: string): number {
  return currencyFormat('en', currency).resolvedOptions().maximumFractionDigits ?? 2;
}

export function isDecimalText(value: string): boolean {
  return DECIMAL_TEXT.test(value);
}

/** Integer minor units (cents) to decimal text with the currency's digits: 1990 -> "19.90". */
export function fromMinor(minor: number, digits: number): Money {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`not an integer amount: ${minor}`);
  return new Decimal(minor).dividedBy(new Decimal(10).pow(digits)).toFixed(digits);
}

/** Decimal text to integer minor units; throws when the text has more digits than the currency. */
export function toMinor(amount: Money, digits: number): number {
  const minor = new Decimal(amount).times(new Decimal(10).pow(digits));
  if (!minor.isInteger()) throw new RangeError(`${amount} has more than ${digits} decimal places`);
  return minor.toNumber();
}

/** The converter toMinor for one currency, e.g. for db/seed.ts (which imports nothing from lib/). */
export function minorUnits(currency: string): (amount: Money) => number {
  const digits = currencyDigits(currency);
  return (amount) => toMinor(amount, digits);
}

export function multiply(amount: Money, quantity: number, digits: number): Money {
  return new Decimal(amount).times(quantity).toFixed(digits);
}

export function sum(amounts: readonly Money[], digits: number): Money {
  return amounts.reduce((total, amount) => total.plus(amount), new Decimal(0)).toFixed(digits);
}

export function equalAmounts(a: Money, b: Money): boolean {
  return new Decimal(a).equals(b);
}

/**
 * Formats for the visitor's locale. Intl.NumberFormat takes the decimal text itself, so the
 * amount is never rounded through a float on the way.
 */
export function formatMoney(amount: Money, currency: string, locale: string): string {
  return currencyFormat(locale, currency).format(amount as unknown as number);
}
