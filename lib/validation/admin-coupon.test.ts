import { describe, expect, it } from 'vitest';

import { formDays, parseCouponForm, utcDay } from './admin-coupon';

const valid = {
  code: ' Tea10 ',
  kind: 'percent',
  percent: '10',
  amount: '',
  validFrom: '2026-12-01',
  validTo: '2026-12-31',
  minSubtotal: '',
  maxUses: '',
  active: 'on',
};

describe('parseCouponForm', () => {
  it('reads a percentage coupon valid through its last day', () => {
    expect(parseCouponForm(valid)).toEqual({
      ok: true,
      data: {
        code: 'Tea10',
        discount: { kind: 'percent', percent: 10 },
        validFrom: new Date('2026-12-01T00:00:00.000Z'),
        validUntil: new Date('2027-01-01T00:00:00.000Z'),
        active: true,
        minSubtotal: null,
        maxUses: null,
      },
    });
  });

  it('reads a fixed amount, a minimum and a maximum of uses; unticked is inactive', () => {
    const parsed = parseCouponForm({
      ...valid,
      kind: 'amount',
      amount: '5.50',
      minSubtotal: '20',
      maxUses: '3',
      active: undefined,
    });
    expect(parsed).toMatchObject({
      ok: true,
      data: {
        discount: { kind: 'amount', amount: '5.50' },
        minSubtotal: '20',
        maxUses: 3,
        active: false,
      },
    });
  });

  it('says what is wrong with each field', () => {
    expect(
      parseCouponForm({
        code: 'two words',
        kind: 'percent',
        percent: '101',
        validFrom: '2026-02-30',
        validTo: '',
        minSubtotal: '1.999',
        maxUses: '0',
      }),
    ).toEqual({
      ok: false,
      errors: {
        code: 'code',
        percent: 'percent',
        validFrom: 'date',
        validTo: 'required',
        minSubtotal: 'money',
        maxUses: 'maxUses',
      },
    });
    expect(parseCouponForm({ ...valid, kind: 'amount', amount: '0' })).toMatchObject({
      errors: { amount: 'amount' },
    });
    expect(parseCouponForm({ ...valid, validTo: '2026-11-30' })).toMatchObject({
      errors: { validTo: 'dateOrder' },
    });
  });

  it('takes a one-day coupon (from and to the same day)', () => {
    expect(parseCouponForm({ ...valid, validTo: '2026-12-01' })).toMatchObject({ ok: true });
  });
});

describe('days', () => {
  it('reads only real days, and shows a stored coupon as it was entered', () => {
    expect(utcDay('2026-12-01')?.toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(utcDay('2026-13-01')).toBeUndefined();
    expect(utcDay('1.12.2026')).toBeUndefined();
    expect(
      formDays(new Date('2026-12-01T00:00:00.000Z'), new Date('2027-01-01T00:00:00.000Z')),
    ).toEqual({ validFrom: '2026-12-01', validTo: '2026-12-31' });
  });
});
