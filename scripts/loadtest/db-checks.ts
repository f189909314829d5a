// What npm run loadtest checks in the shop's database once the load (and any fault) is over:
// every placed order has its items, its confirmation job and at most one payment; no job lost
// (failed, or still queued or running once the queue had time to drain) or duplicated; and,
// given the mails the SMTP sink took, every sent mail delivered and none twice.
// Plain SQL over better-sqlite3, so that db-checks.test.ts runs it on a small hand-made database.
import type Database from 'better-sqlite3';

export const ORDER_CONFIRMATION_JOB = 'mail.order-confirmation';
export const INVOICE_MAIL_JOB = 'mail.invoice';

export type CheckReport = {
  orders: number;
  paidOrders: number;
  jobs: Record<string, number>;
  /** Jobs that needed more than one try (a failed send, a lease that passed). */
  retriedJobs: number;
  /** Each a sentence naming the rows at fault; none means the database holds. */
  problems: string[];
  /** Worth knowing, not a fault (e.g. a mail re-sent with the same Message-ID after a kill). */
  notes: string[];
};

const list = (ids: readonly (number | string)[]) =>
  ids.length > 8 ? `${ids.slice(0, 8).join(', ')} and ${ids.length - 8} more` : ids.join(', ');

/** The last order and job before the load (the seeded sample orders are not the load's). */
export type Baseline = { orderId: number; jobId: number };

export function baseline(db: Database.Database): Baseline {
  const max = (table: string) =>
    (db.prepare(`select coalesce(max(id), 0) as n from ${table}`).get() as { n: number }).n;
  return { orderId: max('orders'), jobId: max('jobs') };
}

/** Jobs still queued or running: the queue has not drained (yet). */
export function pendingJobs(db: Database.Database): number {
  const row = db
    .prepare("select count(*) as n from jobs where state in ('queued', 'running')")
    .get() as { n: number };
  return row.n;
}

/**
 * The checks. `deliveredMessageIds`: the Message-ID of every mail the SMTP sink received, once
 * per delivery (undefined when mail went elsewhere: no delivery check then). Only orders and
 * jobs after `since` are checked.
 */
export function checkDatabase(
  db: Database.Database,
  deliveredMessageIds?: readonly string[],
  since: Baseline = { orderId: 0, jobId: 0 },
): CheckReport {
  if (!Number.isSafeInteger(since.orderId) || !Number.isSafeInteger(since.jobId))
    throw new TypeError('the baseline must be whole numbers');
  const problems: string[] = [];
  const notes: string[] = [];
  const ids = (sql: string) => (db.prepare(sql).all() as { id: number }[]).map((row) => row.id);
  const complain = (found: number[], sentence: string) => {
    if (found.length > 0) problems.push(`${found.length} ${sentence}: ${list(found)}`);
  };

  complain(
    ids(`select o.id from orders o where o.id > ${since.orderId} and not exists
           (select 1 from order_items i where i.order_id = o.id) order by o.id`),
    'order(s) without items',
  );
  complain(
    ids(`select o.id from orders o where o.id > ${since.orderId} and o.total_minor !=
           (select coalesce(sum(i.unit_price_minor * i.quantity), 0) from order_items i
             where i.order_id = o.id) - o.discount_minor order by o.id`),
    "order(s) whose total is not their items' sum",
  );
  const jobsFor = (type: string, comparison: string) =>
    ids(`select o.id from orders o where o.id > ${since.orderId} and (select count(*) from jobs j
           where j.type = '${type}' and json_extract(j.payload, '$.orderId') = o.id) ${comparison}
         order by o.id`);
  complain(jobsFor(ORDER_CONFIRMATION_JOB, '= 0'), 'order(s) without a confirmation job');
  complain(jobsFor(ORDER_CONFIRMATION_JOB, '> 1'), 'order(s) with more than one confirmation job');
  complain(
    ids(`select o.id from orders o where o.id > ${since.orderId} and (select count(*) from payment_events p
           where p.order_id = o.id and p.type like '%.paid') > 1 order by o.id`),
    'order(s) paid more than once',
  );
  complain(
    ids(`select o.id from orders o where o.id > ${since.orderId} and o.paid != ((select count(*) from payment_events p
           where p.order_id = o.id and p.type like '%.paid') = 1)
           and coalesce(o.payment_source, '') != 'coupon' order by o.id`),
    'order(s) whose paid mark disagrees with their payment record',
  );
  complain(
    ids(`select o.id from orders o where o.id > ${since.orderId} and o.paid = 1 and (select count(*) from jobs j
           where j.type = '${INVOICE_MAIL_JOB}' and json_extract(j.payload, '$.orderId') = o.id)
           != 1 order by o.id`),
    'paid order(s) without exactly one invoice job',
  );
  complain(
    ids(
      `select min(id) as id from jobs where id > ${since.jobId} group by type, payload having count(*) > 1 order by id`,
    ),
    'job(s) duplicated (same type and payload twice)',
  );
  complain(
    ids(`select id from jobs where id > ${since.jobId} and state = 'failed' order by id`),
    'job(s) failed (lost)',
  );
  complain(
    ids(
      `select id from jobs where id > ${since.jobId} and state in ('queued', 'running') order by id`,
    ),
    'job(s) never done (still queued or running)',
  );

  if (deliveredMessageIds) {
    // Message-ID <job-ID-CREATED@domain> (lib/server/mail/mail-jobs.ts messageKey).
    const deliveries = new Map<string, number>();
    for (const id of deliveredMessageIds) {
      const key = id.slice(id.indexOf('<') + 1, id.indexOf('@'));
      deliveries.set(key, (deliveries.get(key) ?? 0) + 1);
    }
    const mailJobs = db
      .prepare(
        `select id, created_at as createdAt from jobs
          where id > ${since.jobId} and type like 'mail.%' and state = 'done'`,
      )
      .all() as { id: number; createdAt: number }[];
    const undelivered: number[] = [];
    const twice: number[] = [];
    for (const job of mailJobs) {
      const times = deliveries.get(`job-${job.id}-${Math.trunc(job.createdAt)}`) ?? 0;
      if (times === 0) undelivered.push(job.id);
      if (times > 1) twice.push(job.id);
    }
    complain(undelivered, 'mail job(s) done but never delivered');
    if (twice.length > 0) {
      notes.push(
        `${twice.length} mail(s) delivered twice with the same Message-ID (a job re-run after ` +
          `its worker died mid-send; mail clients show one): ${list(twice)}`,
      );
    }
  }

  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const jobs = Object.fromEntries(
    (
      db
        .prepare(`select state, count(*) as n from jobs where id > ${since.jobId} group by state`)
        .all() as {
        state: string;
        n: number;
      }[]
    ).map((row) => [row.state, row.n]),
  );
  return {
    orders: count(`select count(*) as n from orders where id > ${since.orderId}`),
    paidOrders: count(`select count(*) as n from orders where id > ${since.orderId} and paid = 1`),
    retriedJobs: count(`select count(*) as n from jobs where id > ${since.jobId} and attempts > 1`),
    jobs,
    problems,
    notes,
  };
}
