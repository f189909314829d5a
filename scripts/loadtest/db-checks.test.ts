import { afterEach, describe, expect, it } from 'vitest';

import { openDatabase, type ShopDatabase } from '../../db/connection';
import {
  baseline,
  checkDatabase,
  INVOICE_MAIL_JOB,
  ORDER_CONFIRMATION_JOB,
  pendingJobs,
} from './db-checks';

let db: ShopDatabase | undefined;
afterEach(() => db?.$client.close());

/** A migrated database with one product and the given orders, jobs and payment events. */
function shop() {
  db = openDatabase(':memory:');
  const sqlite = db.$client;
  sqlite.exec('insert into categories (id) values (1)');
  sqlite.exec(
    "insert into products (id, category_id, image, price_minor) values (1, 1, 'p.webp', 500)",
  );
  const order = (id: number, paid = false) => {
    sqlite
      .prepare(
        `insert into orders (id, first_name, last_name, email, address, postal_code, city, locale,
           total_minor, paid, payment_source, session_key, cart_token)
         values (?, 'A', 'B', 'a@example.com', 'x', '1', 'c', 'en', 1000, ?, ?, 'k', ?)`,
      )
      .run(id, paid ? 1 : 0, paid ? 'test' : null, `cart-${id}`);
  };
  const item = (orderId: number, quantity = 2) =>
    sqlite
      .prepare(
        `insert into order_items (order_id, product_id, product_name, unit_price_minor, quantity)
         values (?, 1, 'P', 500, ?)`,
      )
      .run(orderId, quantity);
  const job = (type: string, orderId: number, state = 'done') =>
    Number(
      sqlite
        .prepare(
          'insert into jobs (type, payload, state, created_at) values (?, ?, ?, 1700000000000)',
        )
        .run(type, JSON.stringify({ orderId }), state).lastInsertRowid,
    );
  const payment = (id: string, orderId: number, type = 'test.paid') =>
    sqlite
      .prepare('insert into payment_events (id, order_id, type) values (?, ?, ?)')
      .run(id, orderId, type);
  return { sqlite, order, item, job, payment };
}

/** A paid order, whole: items, confirmation and invoice jobs, one payment. */
function wholePaidOrder(fixture: ReturnType<typeof shop>, id: number) {
  fixture.order(id, true);
  fixture.item(id);
  const jobs = [fixture.job(ORDER_CONFIRMATION_JOB, id), fixture.job(INVOICE_MAIL_JOB, id)];
  fixture.payment(`test_${id}`, id);
  return jobs.map((job) => `<job-${job}-1700000000000@loadtest.example>`);
}

describe('checkDatabase', () => {
  it('passes a database whose orders are whole and whose mails were each delivered once', () => {
    const fixture = shop();
    const delivered = [...wholePaidOrder(fixture, 1), ...wholePaidOrder(fixture, 2)];
    fixture.order(3);
    fixture.item(3);
    const confirmation = fixture.job(ORDER_CONFIRMATION_JOB, 3);
    delivered.push(`<job-${confirmation}-1700000000000@loadtest.example>`);
    const report = checkDatabase(fixture.sqlite, delivered);
    expect(report).toEqual({
      orders: 3,
      paidOrders: 2,
      jobs: { done: 5 },
      retriedJobs: 0,
      problems: [],
      notes: [],
    });
  });

  it('finds an order without items, without its confirmation job, or with its total wrong', () => {
    const fixture = shop();
    fixture.order(1);
    fixture.job(ORDER_CONFIRMATION_JOB, 1);
    fixture.order(2);
    fixture.item(2, 3);
    expect(checkDatabase(fixture.sqlite).problems).toEqual([
      '1 order(s) without items: 1',
      "2 order(s) whose total is not their items' sum: 1, 2",
      '1 order(s) without a confirmation job: 2',
    ]);
  });

  it('finds a double payment, a paid mark without a payment, and a missing invoice job', () => {
    const fixture = shop();
    wholePaidOrder(fixture, 1);
    fixture.payment('test_again', 1);
    fixture.order(2, true);
    fixture.item(2);
    fixture.job(ORDER_CONFIRMATION_JOB, 2);
    expect(checkDatabase(fixture.sqlite).problems).toEqual([
      '1 order(s) paid more than once: 1',
      '2 order(s) whose paid mark disagrees with their payment record: 1, 2',
      '1 paid order(s) without exactly one invoice job: 2',
    ]);
  });

  it('finds duplicated, failed and unfinished jobs', () => {
    const fixture = shop();
    fixture.order(1);
    fixture.item(1);
    const first = fixture.job(ORDER_CONFIRMATION_JOB, 1);
    fixture.job(ORDER_CONFIRMATION_JOB, 1, 'failed');
    const queued = fixture.job('mail.send', 9, 'queued');
    const running = fixture.job('mail.send', 10, 'running');
    expect(pendingJobs(fixture.sqlite)).toBe(2);
    expect(checkDatabase(fixture.sqlite).problems).toEqual([
      '1 order(s) with more than one confirmation job: 1',
      `1 job(s) duplicated (same type and payload twice): ${first}`,
      `1 job(s) failed (lost): ${first + 1}`,
      `2 job(s) never done (still queued or running): ${queued}, ${running}`,
    ]);
  });

  it('finds a mail job done but never delivered, and notes one delivered twice', () => {
    const fixture = shop();
    const [confirmation = '', invoice = ''] = wholePaidOrder(fixture, 1);
    const report = checkDatabase(fixture.sqlite, [confirmation, confirmation]);
    const invoiceJob = /job-(\d+)-/.exec(invoice)?.[1];
    const confirmationJob = /job-(\d+)-/.exec(confirmation)?.[1];
    expect(report.problems).toEqual([`1 mail job(s) done but never delivered: ${invoiceJob}`]);
    expect(report.notes).toEqual([
      `1 mail(s) delivered twice with the same Message-ID (a job re-run after its worker died mid-send; mail clients show one): ${confirmationJob}`,
    ]);
  });

  it('checks only the orders and jobs after the baseline (not the seeded sample orders)', () => {
    const fixture = shop();
    fixture.order(1, true);
    fixture.job('mail.send', 0, 'failed');
    const since = baseline(fixture.sqlite);
    expect(since).toEqual({ orderId: 1, jobId: 1 });
    const delivered = wholePaidOrder(fixture, 2);
    expect(checkDatabase(fixture.sqlite, delivered, since)).toMatchObject({
      orders: 1,
      paidOrders: 1,
      jobs: { done: 2 },
      problems: [],
    });
    expect(checkDatabase(fixture.sqlite, delivered).problems).toContain(
      '1 job(s) failed (lost): 1',
    );
  });
});
