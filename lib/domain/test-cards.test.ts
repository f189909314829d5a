import { describe, expect, it } from 'vitest';

import {
  CARD_NAME_MAX_LENGTH,
  cardDigits,
  checkTestCard,
  isExpired,
  luhnValid,
  parseExpiry,
} from './test-cards';

const now = new Date('2026-12-02T12:00:00Z');
const good = { number: '4242 4242 4242 4242', expiry: '12/26', cvc: '123', name: 'Anna Karenina' };

describe('card number', () => {
  it('accepts spaces and dashes between the digits', () => {
    expect(cardDigits('4242 4242-4242 4242')).toBe('4242424242424242');
    expect(cardDigits('4242 4242 4242')).toBe('424242424242');
    expect(cardDigits('4242 abcd')).toBeUndefined();
    expect(cardDigits('42424')).toBeUndefined();
  });

  it('checks the Luhn digit', () => {
    expect(luhnValid('4242424242424242')).toBe(true);
    expect(luhnValid('4000002500003155')).toBe(true);
    expect(luhnValid('4242424242424241')).toBe(false);
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
  });
});

describe('expiry', () => {
  it('reads MM/YY and MM/YYYY', () => {
    expect(parseExpiry('04/29')).toEqual({ month: 4, year: 2029 });
    expect(parseExpiry(' 4 / 2029 ')).toEqual({ month: 4, year: 2029 });
    expect(parseExpiry('13/29')).toBeUndefined();
    expect(parseExpiry('00/29')).toBeUndefined();
    expect(parseExpiry('0429')).toBeUndefined();
  });

  it('is good through the last day of its month', () => {
    expect(isExpired({ month: 12, year: 2026 }, now)).toBe(false);
    expect(isExpired({ month: 11, year: 2026 }, now)).toBe(true);
    expect(isExpired({ month: 1, year: 2027 }, now)).toBe(false);
    expect(isExpired({ month: 12, year: 2025 }, now)).toBe(true);
  });
});

describe('checkTestCard', () => {
  it('knows the three test cards', () => {
    expect(checkTestCard(good, now)).toEqual({ ok: true, outcome: 'succeed', last4: '4242' });
    expect(checkTestCard({ ...good, number: '4000 0000 0000 0002' }, now)).toMatchObject({
      ok: true,
      outcome: 'decline',
    });
    expect(checkTestCard({ ...good, number: '4000002500003155' }, now)).toMatchObject({
      ok: true,
      outcome: 'authenticate',
    });
  });

  it('reports every wrong field at once', () => {
    expect(
      checkTestCard({ number: '4242 4242 4242 4241', expiry: '11/26', cvc: '12', name: ' ' }, now),
    ).toEqual({
      ok: false,
      errors: { number: 'number', expiry: 'expired', cvc: 'cvc', name: 'required' },
    });
    expect(checkTestCard({ number: '', expiry: '1226', cvc: '1234', name: 'A' }, now)).toEqual({
      ok: false,
      errors: { number: 'required', expiry: 'expiryFormat', cvc: 'cvc' },
    });
  });

  it('refuses a name longer than 100 characters instead of cutting it', () => {
    const name = 'A'.repeat(CARD_NAME_MAX_LENGTH);
    expect(checkTestCard({ ...good, name }, now)).toMatchObject({ ok: true });
    expect(checkTestCard({ ...good, name: ` ${name} ` }, now)).toMatchObject({ ok: true });
    expect(checkTestCard({ ...good, name: `${name}B` }, now)).toEqual({
      ok: false,
      errors: { name: 'tooLong' },
    });
  });

  it('refuses a valid card number that is not a test card', () => {
    expect(checkTestCard({ ...good, number: '5555 5555 5555 4444' }, now)).toEqual({
      ok: false,
      errors: { number: 'notTestCard' },
    });
  });
});
