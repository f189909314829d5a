/**
 * The built-in test gateway's card rules: the classic test card numbers, a Luhn check and an
 * expiry in the future. Pure, so that every rule is tested without a browser.
 */

export const cardFields = ['number', 'expiry', 'cvc', 'name'] as const;
export type CardField = (typeof cardFields)[number];
export type CardFieldError =
  'required' | 'number' | 'notTestCard' | 'expiryFormat' | 'expired' | 'cvc' | 'tooLong';

export type TestCardOutcome = 'succeed' | 'decline' | 'authenticate';

/** The longest name on a card the test gateway accepts: a longer one is refused, never cut. */
export const CARD_NAME_MAX_LENGTH = 100;

/** The same numbers as Stripe's test mode, so that one list of cards works for both gateways. */
export const TEST_CARDS: Readonly<Record<string, TestCardOutcome>> = {
  '4242424242424242': 'succeed',
  '4000000000000002': 'decline',
  '4000002500003155': 'authenticate',
};

export type CardCheck =
  | { ok: true; outcome: TestCardOutcome; last4: string }
  | { ok: false; errors: Partial<Record<CardField, CardFieldError>> };

/** The digits of a card number as typed with spaces or dashes, or undefined if it is not one. */
export function cardDigits(text: string): string | undefined {
  const digits = text.replace(/[\s-]/g, '');
  return /^\d{12,19}$/.test(digits) ? digits : undefined;
}

/** The Luhn checksum every card number carries, which catches a mistyped digit. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** "MM/YY" (or "MM / YYYY") as a month and a four-digit year; undefined for anything else. */
export function parseExpiry(text: string): { month: number; year: number } | undefined {
  const match = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  const month = Number(match[1]);
  if (month < 1 || month > 12) return undefined;
  const year = match[2].length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
  return { month, year };
}

/** A card is good through the last day of its expiry month. */
export function isExpired(expiry: { month: number; year: number }, now: Date): boolean {
  const current = now.getUTCFullYear() * 12 + now.getUTCMonth();
  return expiry.year * 12 + (expiry.month - 1) < current;
}

function numberError(text: string): CardFieldError | undefined {
  if (text.trim() === '') return 'required';
  const digits = cardDigits(text);
  if (!digits || !luhnValid(digits)) return 'number';
  return TEST_CARDS[digits] ? undefined : 'notTestCard';
}

function expiryError(text: string, now: Date): CardFieldError | undefined {
  if (text.trim() === '') return 'required';
  const expiry = parseExpiry(text);
  if (!expiry) return 'expiryFormat';
  return isExpired(expiry, now) ? 'expired' : undefined;
}

function cvcError(text: string): CardFieldError | undefined {
  if (text.trim() === '') return 'required';
  return /^\d{3}$/.test(text.trim()) ? undefined : 'cvc';
}

function nameError(text: string): CardFieldError | undefined {
  if (text.trim() === '') return 'required';
  return text.trim().length > CARD_NAME_MAX_LENGTH ? 'tooLong' : undefined;
}

/** Every field checked at once, so that the form shows all of its errors together. */
export function checkTestCard(input: Record<CardField, string>, now: Date): CardCheck {
  const found: Record<CardField, CardFieldError | undefined> = {
    number: numberError(input.number),
    expiry: expiryError(input.expiry, now),
    cvc: cvcError(input.cvc),
    name: nameError(input.name),
  };
  const errors = Object.fromEntries(
    Object.entries(found).filter(([, error]) => error !== undefined),
  ) as Partial<Record<CardField, CardFieldError>>;
  const digits = cardDigits(input.number);
  const outcome = digits ? TEST_CARDS[digits] : undefined;
  if (Object.keys(errors).length > 0 || !digits || !outcome) return { ok: false, errors };
  return { ok: true, outcome, last4: digits.slice(-4) };
}
