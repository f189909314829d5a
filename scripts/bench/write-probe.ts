import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// A writer in a thread of its own, as a payment in another server process: every 5 ms it takes the
// database's write lock (BEGIN IMMEDIATE) and commits, and keeps the longest wait for it. What it
// waited is what a payment would have, while the main thread does whatever is being measured.
const probe = `
const { workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 60000');
const longest = new Float64Array(workerData.longest);
const stop = new Int32Array(workerData.stop);
const tick = () => {
  if (Atomics.load(stop, 0) === 1) return db.close();
  const started = performance.now();
  db.exec('BEGIN IMMEDIATE');
  db.exec('COMMIT');
  longest[0] = Math.max(longest[0], performance.now() - started);
  setTimeout(tick, 5);
};
tick();`;

export function startWriteProbe(file: string): { stop: () => number } {
  const longest = new SharedArrayBuffer(8);
  const stop = new SharedArrayBuffer(4);
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(probe, { eval: true, workerData: { file, driver, longest, stop } });
  return {
    /** Stops it; the longest it waited for the lock, in milliseconds. */
    stop() {
      Atomics.store(new Int32Array(stop), 0, 1);
      worker.unref();
      return new Float64Array(longest)[0]!;
    },
  };
}
