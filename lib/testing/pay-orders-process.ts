// One of the processes of lib/server/bought-together.concurrency.test.ts: pays every order of the
// database at DATABASE_PATH through markOrderPaid, in an order of its own, with events of its own,
// while the other processes do the same. Prints how many payments turned an order paid.
// Run with `tsx --conditions=react-server` (server-only is then an empty module, as in Next).
import { eq } from 'drizzle-orm';

const [processIndex = '0'] = process.argv.slice(2);

const { getDb } = await import('../server/database');
const { orders } = await import('../../db/schema');
const { markOrderPaid } = await import('../server/payments/mark-order-paid');

const db = getDb();
const unpaid = db
  .select({ id: orders.id, totalMinor: orders.totalMinor })
  .from(orders)
  .where(eq(orders.paid, false))
  .all();
// Ready; all start together when the test says go (on stdin), not as each one happens to load.
console.log('ready');
await new Promise((resolve) => process.stdin.once('data', resolve));
process.stdin.destroy();
// Each process walks the orders from another starting point, so they collide on some orders
// (a double payment) and interleave on the rest.
const start = (Number(processIndex) * unpaid.length) / 4;
const ordered = [...unpaid.slice(start), ...unpaid.slice(0, start)];
let paid = 0;
for (const order of ordered) {
  const result = markOrderPaid(db, {
    orderId: order.id,
    paymentId: `pi_${processIndex}_${order.id}`,
    amountMinor: order.totalMinor,
    currency: 'usd',
    source: 'test',
    eventId: `evt_${processIndex}_${order.id}`,
  });
  if (result.ok) paid += 1;
}
console.log(JSON.stringify({ paid }));
