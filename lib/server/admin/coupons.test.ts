import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.DATABASE_PATH = ':memory:';
});

import { getDb } from '../database';
import { coupons, orders } from '../../../db/schema';
import type { CouponFormInput } from '../../validation/admin-coupon';
import {
  deleteCoupon,
  findAdminCoupon,
  listCoupons,
  ordersWithCoupon,
  saveCoupon,
  setCouponActive,
} from './coupons';

const now = new Date('2026-12-15T12:00:00.000Z');

function input(changes: Partial<CouponFormInput> = {}): CouponFormInput {
  return {
    code: 'Winter10',
    discount: { kind: 'percent', percent: 10 },
    validFrom: new Date('2026-12-01T00:00:00.000Z'),
    validUntil: new Date('2027-01-01T00:00:00.000Z'),
    active: true,
    minSubtotal: null,
    maxUses: null,
    ...changes,
  };
}

function created(changes: Partial<CouponFormInput>) {
  const result = saveCoupon(undefined, input(changes));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.id;
}

describe('admin coupons', () => {
  it('creates and edits a coupon, amounts in minor units', () => {
    const id = created({
      code: 'Fixed5',
      discount: { kind: 'amount', amount: '5.50' },
      minSubtotal: '20',
      maxUses: 3,
    });
    expect(findAdminCoupon(id)).toMatchObject({
      code: 'Fixed5',
      codeKey: 'FIXED5',
      percentOff: null,
      amountOffMinor: 550,
      minSubtotalMinor: 2000,
      maxUses: 3,
      uses: 0,
    });
    expect(saveCoupon(id, input({ code: 'Fixed6' }))).toEqual({ ok: true, id });
    expect(findAdminCoupon(id)).toMatchObject({
      code: 'Fixed6',
      percentOff: 10,
      amountOffMinor: null,
    });
    expect(saveCoupon(999_999, input({ code: 'Nobody' }))).toEqual({ ok: false, missing: true });
  });

  it('refuses a code another coupon has, in any letter case', () => {
    const id = created({ code: 'Taken' });
    expect(saveCoupon(undefined, input({ code: 'TAKEN' }))).toEqual({
      ok: false,
      errors: { code: 'codeTaken' },
    });
    // Saving a coupon under its own code is no clash.
    expect(saveCoupon(id, input({ code: 'taken' }))).toEqual({ ok: true, id });
  });

  it('searches codes and filters those active now', () => {
    const active = created({ code: 'SearchActive' });
    const off = created({ code: 'SearchOff', active: false });
    const later = created({
      code: 'SearchLater',
      validFrom: new Date('2027-01-01T00:00:00.000Z'),
      validUntil: new Date('2027-02-01T00:00:00.000Z'),
    });
    const usedUp = created({ code: 'SearchUsedUp', maxUses: 1 });
    getDb().update(coupons).set({ uses: 1 }).where(eq(coupons.id, usedUp)).run();
    const ids = (activeNow: boolean) =>
      listCoupons({ q: 'search', activeNow, page: 1 }, now).rows.map((row) => row.id);
    expect(ids(false).sort()).toEqual([active, off, later, usedUp].sort());
    expect(ids(true)).toEqual([active]);
    // Ends at the start of validUntil.
    expect(
      listCoupons(
        { q: 'searchactive', activeNow: true, page: 1 },
        new Date('2027-01-01T00:00:00.000Z'),
      ).rows,
    ).toEqual([]);
  });

  it('deactivates; deletes only a coupon no order used', () => {
    const id = created({ code: 'Used' });
    expect(setCouponActive(id, false)).toBe(true);
    expect(findAdminCoupon(id)?.active).toBe(false);
    getDb()
      .insert(orders)
      .values({
        firstName: 'Anna',
        lastName: 'Smith',
        email: 'anna@example.com',
        address: '1 Main St',
        postalCode: '12345',
        city: 'Springfield',
        locale: 'en',
        totalMinor: 900,
        discountMinor: 100,
        couponId: id,
        couponCode: 'Used',
        sessionKey: 'k'.repeat(22),
        cartToken: 'coupon-used'.padEnd(22, 't'),
      })
      .run();
    expect(ordersWithCoupon(id)).toMatchObject({ total: 1, rows: [{ discountMinor: 100 }] });
    expect(deleteCoupon(id)).toBe('used');
    expect(findAdminCoupon(id)).toBeDefined();
    // The database refuses it too.
    expect(() => getDb().delete(coupons).where(eq(coupons.id, id)).run()).toThrow(/FOREIGN KEY/);

    const unused = created({ code: 'Unused' });
    expect(deleteCoupon(unused)).toBe('deleted');
    expect(deleteCoupon(unused)).toBe('missing');
  });
});
