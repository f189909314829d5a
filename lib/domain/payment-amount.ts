import Decimal from 'decimal.js';

import type { Money } from './money';

// Stripe counts some currencies in other units than ISO 4217 says (its "zero-decimal" and
// "three-decimal" lists): https://docs.stripe.com/currencies#special-cases
const STRIPE_ZERO_DECIMAL = new Set(
  'BIF CLP DJF GNF JPY KMF KRW MGA PYG RWF UGX VND VUV XAF XOF XPF'.split(' '),
);
const STRIPE_THREE_DECIMAL = new Set('BHD JOD KWD OMR TND'.split(' '));

/** How many minor-unit digits Stripe's amounts have for a currency. */
export function stripeCurrencyDigits(currency: string): number {
  const code = currency.toUpperCase();
  if (STRIPE_ZERO_DECIMAL.has(code)) return 0;
  if (STRIPE_THREE_DECIMAL.has(code)) return 3;
  return 2;
}

// Stripe charges at most eight digits of its amount, 99,999,999 (USD 999,999.99): an order above
// that could never be paid. https://docs.stripe.com/currencies#minimum-and-maximum-charge-amounts
export const STRIPE_MAX_AMOUNT = 99_999_999;

function stripeUnits(currency: string): Decimal {
  return new Decimal(10).pow(stripeCurrencyDigits(currency));
}

/** Whether Stripe can charge this total: checkout refuses an order it never could. */
export function isPayableTotal(total: Money, currency: string): boolean {
  return new Decimal(total).times(stripeUnits(currency)).lte(STRIPE_MAX_AMOUNT);
}

/** The largest total Stripe can charge, with the shop's digits: "999999.99" for USD. */
export function maxPayableTotal(currency: string, shopDigits: number): Money {
  return new Decimal(STRIPE_MAX_AMOUNT)
    .dividedBy(stripeUnits(currency))
    .toDecimalPlaces(shopDigits, Decimal.ROUND_DOWN)
    .toFixed(shopDigits);
}

/**
 * The shop's integer minor units as Stripe's integer amount (the same number for USD or EUR);
 * throws when the amount cannot be said exactly in Stripe's units.
 */
export function toStripeAmount(minor: number, shopDigits: number, currency: string): number {
  if (!Number.isSafeInteger(minor) || minor < 0) throw new RangeError(`not an amount: ${minor}`);
  const amount = new Decimal(minor).times(
    new Decimal(10).pow(stripeCurrencyDigits(currency) - shopDigits),
  );
  if (!amount.isInteger()) {
    throw new RangeError(`${minor} minor units of ${currency} are not a whole Stripe amount`);
  }
  return amount.toNumber();
}

/** Stripe's amount back in the shop's minor units; undefined when it has no exact equivalent. */
export function fromStripeAmount(
  amount: number,
  shopDigits: number,
  currency: string,
): number | undefined {
  if (!Number.isSafeInteger(amount) || amount < 0) return undefined;
  const minor = new Decimal(amount).times(
    new Decimal(10).pow(shopDigits - stripeCurrencyDigits(currency)),
  );
  return minor.isInteger() ? minor.toNumber() : undefined;
}

/**
 * A payment's page in the Stripe dashboard. Payments made with a test key live under /test:
 * without it the dashboard shows live mode, where a test payment does not exist.
 */
export function stripeDashboardUrl(paymentId: string, secretKey: string | undefined): string {
  const mode = secretKey && /^(sk|rk)_test_/.test(secretKey) ? 'test/' : '';
  return `https://dashboard.stripe.com/${mode}payments/${encodeURIComponent(paymentId)}`;
}
