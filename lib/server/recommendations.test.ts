import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.DATABASE_PATH = ':memory:';
});
vi.mock('next/server', () => ({ connection: async () => {} }));

import { and, eq, Placeholder, sql } from 'drizzle-orm';

import { getDb } from './database';
import {
  boughtTogether,
  categories,
  pageCacheTags,
  products,
  productTranslations,
} from '../../db/schema';
import { countPairs, pairKey, rankRecommendations } from '../domain/recommendations';
import { insertOrderOf } from '../testing/test-orders';
import { rebuildBoughtTogether } from '../../db/bought-together';
import { markOrderPaid } from './payments/mark-order-paid';
import {
  boughtWithQuery,
  cartRecommendationsQuery,
  readCartRecommendations,
} from './recommendation-statements';
import { boughtWith, cartRecommendations } from './recommendations';

const db = getDb();
db.insert(categories).values({ id: 1 }).run();

function newProduct(name: string, available = true): number {
  const { id } = db
    .insert(products)
    .values({ categoryId: 1, image: `products/${name}.webp`, priceMinor: 990, available })
    .returning({ id: products.id })
    .get();
  db.insert(productTranslations)
    .values([
      { productId: id, locale: 'en', name, slug: `${name}-${id}` },
      { productId: id, locale: 'ru', name: `${name} (ru)`, slug: `${name}-ru-${id}` },
    ])
    .run();
  return id;
}

let events = 0;
function pay(order: { id: number; totalMinor: number }, eventId = `evt_${(events += 1)}`) {
  return markOrderPaid(db, {
    orderId: order.id,
    paymentId: `pi_${order.id}`,
    amountMinor: order.totalMinor,
    currency: 'usd',
    source: 'test',
    eventId,
  });
}

function buyTogether(...productIds: (number | null)[]) {
  const order = insertOrderOf(productIds);
  expect(pay(order)).toMatchObject({ ok: true });
  return order;
}

const ids = (cards: { id: number }[]) => cards.map((card) => card.id);

/** The whole table, as the domain's counts. */
function tableCounts() {
  const rows = db.select().from(boughtTogether).all();
  return new Map(rows.map((row) => [pairKey(row.productId, row.otherId), row.orders]));
}

describe('counting paid orders', () => {
  it('counts an order once, when it turns paid: not a replayed event, a second payment or a refused one', () => {
    const [a, b, c] = [newProduct('a'), newProduct('b'), newProduct('c')];
    const order = insertOrderOf([a, b, b, c]);
    expect(pay(order, 'evt_once')).toMatchObject({ ok: true });
    expect(pay(order, 'evt_once')).toEqual({ ok: false, code: 'DUPLICATE_EVENT' });
    expect(pay(order)).toEqual({ ok: false, code: 'ALREADY_PAID' });
    const refused = insertOrderOf([a, b]);
    expect(markOrderPaid(db, { ...payment(refused), amountMinor: 1 })).toMatchObject({
      ok: false,
      code: 'AMOUNT_MISMATCH',
    });
    const counts = tableCounts();
    expect(counts.get(pairKey(a, b))).toBe(1);
    expect(counts.get(pairKey(b, a))).toBe(1);
    expect(counts.get(pairKey(c, a))).toBe(1);
    expect(counts.has(pairKey(b, b))).toBe(false);
  });

  it('skips the lines of products deleted before the payment', () => {
    const [a, b] = [newProduct('d1'), newProduct('d2')];
    buyTogether(a, null, b);
    expect(tableCounts().get(pairKey(a, b))).toBe(1);
  });
});

function payment(order: { id: number; totalMinor: number }) {
  return {
    orderId: order.id,
    paymentId: 'pi',
    amountMinor: order.totalMinor,
    currency: 'usd',
    source: 'test' as const,
    eventId: `evt_${(events += 1)}`,
  };
}

describe('"Bought together with this"', () => {
  it('shows up to 4, most bought together first, equal counts by product id', async () => {
    const main = newProduct('main');
    const [p1, p2, p3, p4, p5] = ['p1', 'p2', 'p3', 'p4', 'p5'].map((name) => newProduct(name)) as [
      number,
      number,
      number,
      number,
      number,
    ];
    buyTogether(main, p5);
    buyTogether(main, p5);
    buyTogether(main, p4, p2);
    buyTogether(main, p3);
    buyTogether(main, p1);
    // p5 twice; then p1..p4 once each, by id.
    expect(ids(await boughtWith(main, 'en'))).toEqual([p5, p1, p2, p3]);
    expect(ids(await boughtWith(p4, 'en'))).toEqual([main, p2]);
    expect(ids(await boughtWith(newProduct('never'), 'en'))).toEqual([]);
  });

  it('gives the card in the visitor’s language, and passes over unavailable and deleted products', async () => {
    const main = newProduct('tea');
    const [cup, pot, gone, spoon] = [
      newProduct('cup'),
      newProduct('pot', false),
      newProduct('gone'),
      newProduct('spoon'),
    ];
    buyTogether(main, cup, pot, gone);
    buyTogether(main, pot, gone);
    buyTogether(main, spoon);
    expect(await boughtWith(main, 'ru')).toEqual([
      expect.objectContaining({ id: gone, name: 'gone (ru)', priceMinor: 990, available: true }),
      expect.objectContaining({ id: cup, name: 'cup (ru)' }),
      expect.objectContaining({ id: spoon, image: 'products/spoon.webp' }),
    ]);
    db.delete(products).where(eq(products.id, gone)).run();
    expect(ids(await boughtWith(main, 'en'))).toEqual([cup, spoon]);
    db.update(products).set({ available: true }).where(eq(products.id, pot)).run();
    expect(ids(await boughtWith(main, 'en'))).toEqual([pot, cup, spoon]);
  });
});

describe('"You may also like" in the cart', () => {
  it('sums the counts over the cart, leaves out the cart and what cannot be bought', async () => {
    const [tea, cake, cup, jam, honey, off] = ['tea', 'cake', 'cup', 'jam', 'honey', 'off'].map(
      (name) => newProduct(name, name !== 'off'),
    ) as [number, number, number, number, number, number];
    buyTogether(tea, cake, cup);
    buyTogether(tea, jam);
    buyTogether(cake, jam);
    buyTogether(cake, honey, off);
    buyTogether(tea, off);
    buyTogether(tea, off);
    // jam: 1 with tea + 1 with cake; cup: 1 + 1; honey: 1 (with cake); cake is in the cart.
    expect(ids(await cartRecommendations([tea, cake], 'en'))).toEqual([cup, jam, honey]);
    expect(ids(await cartRecommendations([tea], 'en'))).toEqual([cake, cup, jam]);
    // Each product's best partners only. 4 each (all up to 12): every row summed. 1 each (all up
    // to 3): tea's 4 and cake's 5 are walked to their best that may be shown: tea's is cup (off,
    // bought with it twice, is not available), and so is cake's (equal counts, lowest id).
    expect(ids(await readCartRecommendations([tea, cake], 'en', 4))).toEqual([cup, jam, honey]);
    expect(ids(await readCartRecommendations([tea, cake], 'en', 1))).toEqual([cup]);
    expect(await cartRecommendations([], 'en')).toEqual([]);
  });
});

describe('rebuild', () => {
  it('gives what the payments counted, and what the rule says, on random orders', async () => {
    db.delete(boughtTogether).run();
    rebuildBoughtTogether(db); // the orders paid above
    const catalog = Array.from({ length: 12 }, (_, index) => newProduct(`r${index}`, index !== 3));
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
    for (let order = 0; order < 80; order += 1) {
      const lines = Array.from({ length: 1 + random(5) }, () => catalog[random(catalog.length)]!);
      const placed = insertOrderOf(lines);
      if (random(4) !== 0) expect(pay(placed)).toMatchObject({ ok: true });
    }
    const incremental = tableCounts();
    expect(rebuildBoughtTogether(db)).toMatchObject({ pairs: incremental.size, changed: 0 });
    expect(tableCounts()).toEqual(incremental);
    expect(incremental).toEqual(ruleCounts());
    const available = new Set(
      db.select({ id: products.id }).from(products).where(eq(products.available, true)).all(),
    );
    const availableIds = new Set([...available].map((row) => row.id));
    for (const id of catalog) {
      expect(ids(await boughtWith(id, 'en'))).toEqual(
        rankRecommendations(incremental, [id], (other) => availableIds.has(other)),
      );
    }
    const cart = catalog.slice(0, 3);
    expect(ids(await cartRecommendations(cart, 'en'))).toEqual(
      rankRecommendations(incremental, cart, (other) => availableIds.has(other)),
    );
    // Each cart product's best partners only: with 1 or 2 of them, the sum leaves some out.
    for (const partners of [1, 2, 3]) {
      for (const size of [1, 2, 4]) {
        const some = catalog.slice(size, 2 * size);
        expect(ids(await readCartRecommendations(some, 'en', partners))).toEqual(
          rankRecommendations(incremental, some, (other) => availableIds.has(other), { partners }),
        );
      }
    }
  });

  it('counts a range of products at a time, and payments between two ranges count once', () => {
    const catalog = Array.from({ length: 10 }, (_, index) => newProduct(`c${index}`));
    let seed = 5;
    const random = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
    const placed = Array.from({ length: 40 }, () =>
      insertOrderOf(Array.from({ length: 2 + random(4) }, () => catalog[random(catalog.length)]!)),
    );
    const paidLater = placed.slice(20);
    for (const order of placed.slice(0, 20)) pay(order);
    db.delete(boughtTogether).run(); // a database restored without its counts
    const report = rebuildBoughtTogether(db, {
      chunkLines: 3,
      pauseMs: 0,
      // As another server process would, while the rebuild waits between two transactions.
      betweenChunks: () => {
        const order = paidLater.pop();
        if (order) expect(pay(order)).toMatchObject({ ok: true });
      },
    });
    expect(paidLater).toHaveLength(0);
    expect(report.transactions).toBeGreaterThan(20);
    expect(report.changed).toBeGreaterThan(0);
    expect(tableCounts()).toEqual(ruleCounts());
    expect(rebuildBoughtTogether(db, { chunkLines: 7, pauseMs: 0 }).changed).toBe(0);
  });
});

/** What counting every paid order in the database gives (the rule of lib/domain). */
function ruleCounts() {
  const paidOrders = db.all<{ lines: string }>(
    sql`select json_group_array(i.product_id) as lines from orders o
        join order_items i on i.order_id = o.id where o.paid = 1 group by o.id`,
  );
  return countPairs(paidOrders.map((order) => JSON.parse(order.lines) as number[]));
}

describe('the reads', () => {
  function plan(query: typeof boughtWithQuery | typeof cartRecommendationsQuery): string {
    const { sql: text, params } = query(db).toSQL();
    const values: Record<string, unknown> = {
      locale: 'en',
      productId: 1,
      ids: '[1,2,3]',
      partners: 32,
    };
    const bound = params.map((param) =>
      param instanceof Placeholder ? values[param.name] : param,
    );
    const rows = db.$client.prepare(`explain query plan ${text}`).all(...bound) as {
      detail: string;
    }[];
    return rows.map((row) => row.detail).join('\n');
  }

  it('a product page walks the ranking index, in its order: no sort', () => {
    const product = plan(boughtWithQuery);
    expect(product).toMatch(
      /SEARCH bought_together USING (COVERING )?INDEX bought_together_ranking/,
    );
    expect(product).not.toMatch(/TEMP B-TREE|SCAN/);
  });

  it('a cart reads each product’s range of the index, or walks it to its best partners, and joins the best only', () => {
    const cart = plan(cartRecommendationsQuery);
    // A product with few partners: its range, from the index alone.
    expect(cart).toMatch(
      /SEARCH pair USING COVERING INDEX bought_together_ranking \(product_id=\?\)/,
    );
    // One with more: a walk in the index's order (no sort of its partners) that stops at the LIMIT.
    expect(cart).toMatch(
      /CORRELATED LIST SUBQUERY \d+\nSEARCH best USING (COVERING )?INDEX bought_together_ranking \(product_id=\?\)/,
    );
    expect(cart).toMatch(/SEARCH pair USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(cart).toMatch(/SEARCH products USING INTEGER PRIMARY KEY/);
    expect(cart).not.toMatch(/SCAN product|product_translations_locale_name_product/);
    // One sort, of the candidates: then the join reads them in order and stops at the 4th.
    expect(cart.match(/TEMP B-TREE FOR ORDER BY/g)).toHaveLength(1);
    expect(cart.indexOf('TEMP B-TREE FOR ORDER BY')).toBeLessThan(cart.indexOf('SCAN candidates'));
  });
});

describe('cached product pages', () => {
  it('a payment marks the pages of the products bought; a product’s change marks the pages that may show it', () => {
    const [a, b, c] = [newProduct('ta'), newProduct('tb'), newProduct('tc')];
    const version = (id: number) =>
      db
        .select({ version: pageCacheTags.version })
        .from(pageCacheTags)
        .where(eq(pageCacheTags.tag, `product:${id}`))
        .get()?.version ?? 0;
    const before = [version(a), version(b), version(c)];
    buyTogether(a, b);
    expect(version(a)).toBeGreaterThan(before[0]!);
    expect(version(b)).toBeGreaterThan(before[1]!);
    expect(version(c)).toBe(before[2]);

    const afterPayment = version(a);
    db.update(products).set({ available: false }).where(eq(products.id, b)).run();
    expect(version(a)).toBeGreaterThan(afterPayment);
    const afterUpdate = version(a);
    db.update(productTranslations)
      .set({ name: 'renamed' })
      .where(eq(productTranslations.productId, b))
      .run();
    expect(version(a)).toBeGreaterThan(afterUpdate);
    const afterRename = version(a);
    db.delete(products).where(eq(products.id, b)).run();
    expect(version(a)).toBeGreaterThan(afterRename);
  });

  it('a product deleted with foreign keys off takes its pairs along, and marks its partners', () => {
    const [a, b] = [newProduct('fa'), newProduct('fb')];
    buyTogether(a, b);
    const version = () =>
      db
        .select({ version: pageCacheTags.version })
        .from(pageCacheTags)
        .where(eq(pageCacheTags.tag, `product:${a}`))
        .get()?.version ?? 0;
    const before = version();
    db.$client.pragma('foreign_keys = OFF');
    try {
      db.delete(products).where(eq(products.id, b)).run();
    } finally {
      db.$client.pragma('foreign_keys = ON');
    }
    expect(version()).toBeGreaterThan(before);
    expect(tableCounts().has(pairKey(a, b))).toBe(false);
    expect(tableCounts().has(pairKey(b, a))).toBe(false);
  });

  it('the rebuild marks the pages of the products whose counts it corrects, and keeps the triggers', () => {
    const [a, b, c, d] = [newProduct('ra'), newProduct('rb'), newProduct('rc'), newProduct('rd')];
    const version = (id: number) =>
      db
        .select({ version: pageCacheTags.version })
        .from(pageCacheTags)
        .where(eq(pageCacheTags.tag, `product:${id}`))
        .get()?.version ?? 0;
    buyTogether(a, b);
    buyTogether(b, c);
    // Edited by hand: a wrong count, and a pair never bought.
    db.update(boughtTogether)
      .set({ orders: 5 })
      .where(and(eq(boughtTogether.productId, a), eq(boughtTogether.otherId, b)))
      .run();
    db.insert(boughtTogether).values({ productId: d, otherId: c, orders: 2 }).run();
    const before = [version(a), version(b), version(c), version(d)];
    expect(rebuildBoughtTogether(db).changed).toBe(2);
    expect(tableCounts().get(pairKey(a, b))).toBe(1);
    expect(tableCounts().has(pairKey(d, c))).toBe(false);
    expect(version(a)).toBeGreaterThan(before[0]!);
    expect(version(d)).toBeGreaterThan(before[3]!);
    // Their counts were right: their cached pages stay.
    expect(version(b)).toBe(before[1]);
    expect(version(c)).toBe(before[2]);
    const triggers = db.all<{ name: string }>(
      sql`select name from sqlite_master where type = 'trigger' and tbl_name = 'bought_together' order by name`,
    );
    expect(triggers.map((trigger) => trigger.name)).toEqual([
      'bought_together_page_cache_delete',
      'bought_together_page_cache_insert',
      'bought_together_page_cache_update',
    ]);
    const afterRebuild = version(c);
    buyTogether(a, c);
    expect(version(c)).toBeGreaterThan(afterRebuild);
  });
});
