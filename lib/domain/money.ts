import Decimal from 'decimal.js';

/** An exact amount of the shop currency as decimal text, e.g. "19.90". Never a JS float. */
export type Money = string;

const DECIMAL_TEXT = /^\d{1,12}(\.\d{1,4})?$/;

import { currencyDigits } from './money-format';

export { currencyDigits, formatMoney } from './money-format';

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
