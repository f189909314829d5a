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
// Two rounds, each started by a line "go" from the test once every process is ready for it (the
// test waits for every "ready", then every "half"), so that no process can pay the lot before the
// others have begun, however the scheduler runs them:
// 1. each pays the first half of its own quarter (no two processes on one order; only the write
//    lock is shared);
// 2. each walks all the orders from its quarter's start: the rest of its own quarter, then the
//    others', colliding with the others on every order still unpaid (a double payment) and meeting
//    the ones already paid.
const lines: string[] = [];
let waiting: (() => void) | undefined;
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk: string) => {
  lines.push(...chunk.split('\n').filter(Boolean));
  waiting?.();
});
async function go() {
  while (lines.shift() !== 'go') await new Promise<void>((resolve) => (waiting = resolve));
}

const quarter = unpaid.length / 4;
const start = Number(processIndex) * quarter;
const ordered = [...unpaid.slice(start), ...unpaid.slice(0, start)];
let paid = 0;
function pay(order: { id: number; totalMinor: number }) {
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

console.log('ready');
await go();
const firstRound = ordered.slice(0, quarter / 2);
for (const order of firstRound) pay(order);
console.log('half');
await go();
for (const order of ordered.slice(firstRound.length)) pay(order);
process.stdin.destroy();
console.log(JSON.stringify({ paid }));
