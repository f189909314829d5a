import 'server-only';

import { currencyDigits, formatMoney, fromMinor, type Money } from '../domain/money';
import { env } from '../validation/env';

/** The shop currency and its minor-unit digits, from SHOP_CURRENCY. */
export function shopCurrency(): { code: string; digits: number } {
  const code = env().SHOP_CURRENCY;
  return { code, digits: currencyDigits(code) };
}

export function moneyFromMinor(minor: number): Money {
  return fromMinor(minor, shopCurrency().digits);
}

export function formatPrice(amount: Money, locale: string): string {
  return formatMoney(amount, shopCurrency().code, locale);
}
