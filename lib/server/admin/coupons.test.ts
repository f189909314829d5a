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

async function created(changes: Partial<CouponFormInput>) {
  const result = await saveCoupon(undefined, input(changes));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.id;
}

describe('admin coupons', () => {
  it('creates and edits a coupon, amounts in minor units', async () => {
    const id = await created({
      code: 'Fixed5',
      discount: { kind: 'amount', amount: '5.50' },
      minSubtotal: '20',
      maxUses: 3,
    });
    expect(await findAdminCoupon(id)).toMatchObject({
      code: 'Fixed5',
      codeKey: 'FIXED5',
      percentOff: null,
      amountOffMinor: 550,
      minSubtotalMinor: 2000,
      maxUses: 3,
      uses: 0,
    });
    expect(await saveCoupon(id, input({ code: 'Fixed6' }))).toEqual({ ok: true, id });
    expect(await findAdminCoupon(id)).toMatchObject({
      code: 'Fixed6',
      percentOff: 10,
      amountOffMinor: null,
    });
    expect(await saveCoupon(999_999, input({ code: 'Nobody' }))).toEqual({
      ok: false,
      missing: true,
    });
  });

  it('refuses a code another coupon has, in any letter case', async () => {
    const id = await created({ code: 'Taken' });
    expect(await saveCoupon(undefined, input({ code: 'TAKEN' }))).toEqual({
      ok: false,
      errors: { code: 'codeTaken' },
    });
    // Saving a coupon under its own code is no clash.
    expect(await saveCoupon(id, input({ code: 'taken' }))).toEqual({ ok: true, id });
  });

  it('searches codes and filters those active now', async () => {
    const active = await created({ code: 'SearchActive' });
    const off = await created({ code: 'SearchOff', active: false });
    const later = await created({
      code: 'SearchLater',
      validFrom: new Date('2027-01-01T00:00:00.000Z'),
      validUntil: new Date('2027-02-01T00:00:00.000Z'),
    });
    const usedUp = await created({ code: 'SearchUsedUp', maxUses: 1 });
    getDb().update(coupons).set({ uses: 1 }).where(eq(coupons.id, usedUp)).run();
    const ids = async (activeNow: boolean) =>
      (await listCoupons({ q: 'search', activeNow, page: 1 }, now)).rows.map((row) => row.id);
    expect((await ids(false)).sort()).toEqual([active, off, later, usedUp].sort());
    expect(await ids(true)).toEqual([active]);
    // Ends at the start of validUntil.
    expect(
      (
        await listCoupons(
          { q: 'searchactive', activeNow: true, page: 1 },
          new Date('2027-01-01T00:00:00.000Z'),
        )
      ).rows,
    ).toEqual([]);
  });

  it('deactivates; deletes only a coupon no order used', async () => {
    const id = await created({ code: 'Used' });
    expect(await setCouponActive(id, false)).toBe(true);
    expect((await findAdminCoupon(id))?.active).toBe(false);
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
    expect(await ordersWithCoupon(id)).toMatchObject({ total: 1, rows: [{ discountMinor: 100 }] });
    expect(await deleteCoupon(id)).toBe('used');
    expect(await findAdminCoupon(id)).toBeDefined();
    // The database refuses it too.
    expect(() => getDb().delete(coupons).where(eq(coupons.id, id)).run()).toThrow(/FOREIGN KEY/);

    const unused = await created({ code: 'Unused' });
    expect(await deleteCoupon(unused)).toBe('deleted');
    expect(await deleteCoupon(unused)).toBe('missing');
  });
});
