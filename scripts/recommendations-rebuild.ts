// npm run recommendations:rebuild — counts "bought together" again from every paid order, a range
// of products at a time, each range in a short transaction of its own: the shop keeps taking
// payments meanwhile, and they count. Payments keep the counts up to date by themselves; this is
// for a database restored or edited by hand.
import { performance } from 'node:perf_hooks';

import { openDatabase } from '../db/connection';
import { rebuildBoughtTogether } from '../db/bought-together';
import { env } from '../lib/validation/env';

const file = env().DATABASE_PATH;
const db = openDatabase(file);
const started = performance.now();
const { pairs, changed, transactions, longestLockMs } = rebuildBoughtTogether(db);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `Counted ${pairs} pairs of products bought together in ${file} (${seconds} s), ` +
    `${changed} of them corrected, in ${transactions} transactions ` +
    `holding the write lock ${longestLockMs.toFixed(0)} ms at most.`,
);
db.$client.close();
