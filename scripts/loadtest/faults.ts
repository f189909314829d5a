// The faults of npm run loadtest --fault ..., each struck once mid-load: what happens is logged
// with its time, and the checks afterwards are the same as without a fault.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';

export const FAULTS = ['kill-server', 'kill-worker', 'smtp-down', 'db-busy'] as const;
export type Fault = (typeof FAULTS)[number];

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The processes of a process group, from /proc (Linux only). */
function groupMembers(pgid: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(path.join('/proc', entry, 'stat'), 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid) found.push(Number(entry));
    } catch {
      // Ended while we looked.
    }
  }
  return found;
}

/**
 * The server process that runs the job worker: SHOP_SERVER_INDEX=1 (scripts/start.mjs), or the
 * only process when the shop runs one.
 */
export function jobWorkerProcess(pgid: number): number | undefined {
  if (!existsSync('/proc/self/environ')) return undefined;
  return groupMembers(pgid).find((pid) => {
    try {
      return readFileSync(`/proc/${pid}/environ`, 'utf8')
        .split('\0')
        .includes('SHOP_SERVER_INDEX=1');
    } catch {
      return false;
    }
  });
}

/** Waits (at most `maxMs`) until a job is running, so that a kill lands mid-job. */
export async function waitForRunningJob(
  databasePath: string,
  maxMs: number,
): Promise<number | undefined> {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const query = db.prepare("select id from jobs where state = 'running' limit 1");
    const deadline = Date.now() + maxMs;
    while (Date.now() < deadline) {
      const row = query.get() as { id: number } | undefined;
      if (row) return row.id;
      await delay(10);
    }
    return undefined;
  } finally {
    db.close();
  }
}

// The second writer: a process of its own, as a cron job or an admin script would be, that takes
// the database's write lock (BEGIN IMMEDIATE), writes, and holds the transaction for a while.
const BUSY_WRITER = `
const Database = require('better-sqlite3');
const [file, holdMs, pauseMs] = process.argv.slice(1);
const db = new Database(file);
db.pragma('busy_timeout = 10000');
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
let held = 0;
for (;;) {
  db.exec('begin immediate');
  db.prepare('update jobs set updated_at = updated_at where id = (select max(id) from jobs)').run();
  sleep(Number(holdMs));
  db.exec('commit');
  held += 1;
  process.stdout.write('held ' + held + '\\n');
  sleep(Number(pauseMs));
}
`;

/** Starts the busy writer; stop it with the returned function. */
export function startBusyWriter(
  databasePath: string,
  holdMs: number,
  pauseMs: number,
): { stop: () => Promise<number>; child: ChildProcess } {
  const child = spawn(
    process.execPath,
    ['-e', BUSY_WRITER, databasePath, String(holdMs), String(pauseMs)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let held = 0;
  child.stdout?.on('data', (chunk: Buffer) => {
    held += chunk
      .toString()
      .split('\n')
      .filter((line) => line.startsWith('held')).length;
  });
  const kill = () => void child.kill('SIGKILL');
  process.once('exit', kill);
  return {
    child,
    stop: async () => {
      process.off('exit', kill);
      // Once is enough: the run stops it, and its clean-up would again.
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        // SIGKILL mid-transaction is a fault of its own: SQLite rolls the open one back.
        child.kill('SIGKILL');
        await exited;
      }
      return held;
    },
  };
}
