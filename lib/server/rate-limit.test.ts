import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.DATABASE_PATH = ':memory:';
});

import { openDatabase } from '../../db/connection';
import { getDb } from './database';
import { rateLimits } from '../../db/schema';
import type { Budget } from '../domain/rate-limit';
import { forget, giveBack, spend, spendIn, type Charge } from './rate-limit';

const minute = 60_000;
const budget: Budget = { limit: 3, windowMs: 15 * minute };
const now = 1_000_000 * minute;
let counter = 0;
const key = (name: string) => `test:${name}:${(counter += 1)}`;

const stored = (keys: string[]) =>
  getDb()
    .select()
    .from(rateLimits)
    .all()
    .filter((row) => keys.includes(row.key));

describe('spend', () => {
  it('allows a budget, then refuses with the wait until one unit is back', async () => {
    const charges: Charge[] = [{ key: key('a'), budget }];
    for (let i = 0; i < 3; i += 1) expect(await spend(charges, now)).toEqual({ allowed: true });
    expect(await spend(charges, now)).toEqual({ allowed: false, retryAfterMs: 5 * minute });
    expect(await spend(charges, now + 5 * minute)).toEqual({ allowed: true });
  });

  it('spends from every budget or from none', async () => {
    const small: Charge = { key: key('small'), budget: { limit: 1, windowMs: minute } };
    const large: Charge = { key: key('large'), budget };
    expect(await spend([small, large], now)).toEqual({ allowed: true });
    expect(await spend([small, large], now)).toMatchObject({ allowed: false });
    // The refused charge spent nothing from the large budget: two of three are still free.
    expect(await spend([large], now)).toEqual({ allowed: true });
    expect(await spend([large], now)).toEqual({ allowed: true });
    expect(await spend([large], now)).toMatchObject({ allowed: false });
  });

  it('keeps one row per key, and deletes the rows of budgets whole again', async () => {
    const keys = [key('old'), key('old')];
    await spend(
      keys.map((item) => ({ key: item, budget })),
      now,
    );
    expect(stored(keys)).toHaveLength(2);
    await spend([{ key: keys[0]!, budget }], now);
    expect(stored(keys)).toHaveLength(2);
    // Any charge a window later forgets both.
    await spend([{ key: key('other'), budget }], now + 15 * minute + 1);
    expect(stored(keys)).toEqual([]);
  });

  it('charges a cost of several units at once', async () => {
    const charge: Charge = { key: key('cost'), budget, cost: 2 };
    expect(await spend([charge], now)).toEqual({ allowed: true });
    expect(await spend([charge], now)).toMatchObject({ allowed: false });
  });
});

describe('giveBack and forget', () => {
  it('returns a reserved unit, or all spending of a key', async () => {
    const charges: Charge[] = [{ key: key('back'), budget }];
    for (let i = 0; i < 3; i += 1) await spend(charges, now);
    await giveBack(charges, now);
    expect(await spend(charges, now)).toEqual({ allowed: true });
    await forget([charges[0]!.key]);
    for (let i = 0; i < 3; i += 1) expect(await spend(charges, now)).toEqual({ allowed: true });
  });
});

describe('several processes', () => {
  it('share one budget through the database file', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'rate-limit-')), 'shop.db');
    const first = openDatabase(file);
    const second = openDatabase(file);
    const charges: Charge[] = [{ key: 'shared', budget }];
    const spendWith = (db: typeof first) =>
      db.transaction((tx) => spendIn(tx, charges, now), { behavior: 'immediate' });
    expect(spendWith(first).allowed).toBe(true);
    expect(spendWith(second).allowed).toBe(true);
    expect(spendWith(first).allowed).toBe(true);
    expect(spendWith(second)).toEqual({ allowed: false, retryAfterMs: 5 * minute });
    first.$client.close();
    second.$client.close();
  });
});
