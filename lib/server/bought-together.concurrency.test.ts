import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { sql } from 'drizzle-orm';
import { afterAll, expect, it } from 'vitest';

import { openDatabase } from '../../db/connection';
import { boughtTogether, categories, products } from '../../db/schema';
import { countPairs, pairKey } from '../domain/recommendations';
import { insertOrderOf } from '../testing/test-orders';
import { rebuildBoughtTogether } from '../../db/bought-together';

// Several server processes share one SQLite file: payments committed by all of them at once must
// each count, once, whichever process takes them.

const PROCESSES = 4;
const ORDERS = 400;
const dir = mkdtempSync(path.join(tmpdir(), 'myshop-together-'));
const file = path.join(dir, 'shop.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('orders paid from 4 processes at once, some twice, count as the rebuild does', async () => {
  const db = openDatabase(file);
  db.insert(categories).values({ id: 1 }).run();
  const catalog = Array.from(
    { length: 8 },
    () =>
      db
        .insert(products)
        .values({ categoryId: 1, image: 'products/x.webp', priceMinor: 100 })
        .returning({ id: products.id })
        .get().id,
  );
  let seed = 11;
  const random = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
  for (let index = 0; index < ORDERS; index += 1) {
    const lines = Array.from({ length: 2 + random(3) }, () => catalog[random(catalog.length)]!);
    insertOrderOf(lines, db);
  }

  const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const script = path.join(process.cwd(), 'lib', 'testing', 'pay-orders-process.ts');
  const children = Array.from({ length: PROCESSES }, (_, index) =>
    spawn(tsx, ['--conditions=react-server', script, String(index)], {
      env: { ...process.env, DATABASE_PATH: file, NODE_ENV: 'test' },
      stdio: ['pipe', 'pipe', 'inherit'],
    }),
  );
  const runs = children.map((child) => {
    let output = '';
    const said = (word: string) =>
      new Promise<void>((resolve) => {
        const look = () => {
          if (output.includes(word)) {
            child.stdout.off('data', look);
            resolve();
          }
        };
        child.stdout.on('data', look);
        look();
      });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const done = new Promise<string>((resolve, reject) =>
      child.on('exit', (code) =>
        code === 0 ? resolve(output) : reject(new Error(`exit code ${code}`)),
      ),
    );
    return { said, done };
  });
  // Each round starts in every process at once, once all are ready for it
  // (lib/testing/pay-orders-process.ts): none can pay the lot before the others begin.
  for (const word of ['ready', 'half']) {
    await Promise.all(runs.map((run) => run.said(word)));
    for (const child of children) child.stdin.write('go\n');
  }
  const paid = (await Promise.all(runs.map((run) => run.done))).map(
    (output) => (JSON.parse(output.trim().split('\n').at(-1) ?? '') as { paid: number }).paid,
  );
  // Every order was paid by exactly one of them; each paid at least the first half of its own
  // quarter (the first round), the rest went to whichever reached it first.
  expect(paid.reduce((a, b) => a + b)).toBe(ORDERS);
  for (const count of paid) expect(count).toBeGreaterThanOrEqual(ORDERS / PROCESSES / 2);

  const table = () =>
    new Map(
      db
        .select()
        .from(boughtTogether)
        .all()
        .map((row) => [pairKey(row.productId, row.otherId), row.orders]),
    );
  const incremental = table();
  const paidOrders = db.all<{ lines: string }>(
    sql`select json_group_array(i.product_id) as lines from orders o
          join order_items i on i.order_id = o.id where o.paid = 1 group by o.id`,
  );
  expect(paidOrders).toHaveLength(ORDERS);
  expect(incremental).toEqual(
    countPairs(paidOrders.map((order) => JSON.parse(order.lines) as number[])),
  );
  expect(rebuildBoughtTogether(db).changed).toBe(0);
  expect(table()).toEqual(incremental);
  db.$client.close();
}, 120_000);
