// The servers npm run bench:pages starts: the shop as `npm start` runs it, and the bare server
// (the limit). Both listen on 127.0.0.1 only, and both are stopped however the benchmark ends.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import { createServer } from 'node:net';
import path from 'node:path';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type Fetched = {
  statusCode: number;
  rawHeaders: string[];
  body: Buffer;
};

/** One request over plain node:http, to see the exact headers and bytes the shop answers with. */
export function fetchOnce(
  url: string,
  options: { method?: string; headers?: OutgoingHttpHeaders; body?: Buffer; timeoutMs?: number },
): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: options.method ?? 'GET', headers: options.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            statusCode: res.statusCode ?? 0,
            rawHeaders: res.rawHeaders,
            body: Buffer.concat(chunks),
          }),
        );
        res.on('error', reject);
      },
    );
    req.setTimeout(options.timeoutMs ?? 30_000, () =>
      req.destroy(new Error(`no answer from ${url} within ${options.timeoutMs ?? 30_000} ms`)),
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Every value of one header (Set-Cookie comes several times), `name` in lower case. */
export function headersOf(fetched: Fetched, name: string): string[] {
  const found: string[] = [];
  for (let index = 0; index + 1 < fetched.rawHeaders.length; index += 2) {
    const value = fetched.rawHeaders[index + 1];
    if (fetched.rawHeaders[index]?.toLowerCase() === name && value !== undefined) found.push(value);
  }
  return found;
}

export function headerOf(fetched: Fetched, name: string): string | undefined {
  return headersOf(fetched, name)[0];
}

/**
 * Waits until the shop has worked off the requests a load run left in flight (each process
 * renders them although the client is gone), so that they do not slow down the next run: a
 * health check must come back quickly several times in a row. Bounded: at most `maxMs`.
 */
export async function settle(base: string, maxMs = 15_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  let quick = 0;
  while (quick < 3 && Date.now() < deadline) {
    const start = performance.now();
    await fetchOnce(`${base}/api/health`, { timeoutMs: maxMs }).catch(() => undefined);
    quick = performance.now() - start < 50 ? quick + 1 : 0;
    if (quick === 0) await delay(100);
  }
}

/** A port nothing listens on right now, on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

export type ShopServer = { port: number; pid: number; logFile: string; stop: () => Promise<void> };

/**
 * `node scripts/start.mjs` in a process group of its own, so that stopping it also stops every
 * worker process it has started (one per core, or WEB_CONCURRENCY).
 */
export async function startShop(
  env: NodeJS.ProcessEnv,
  logFile: string,
  timeoutMs = 120_000,
): Promise<ShopServer> {
  const port = await freePort();
  const log = openSync(logFile, 'a');
  // BENCH_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the shop under load.
  const nodeArgs = env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, 'scripts/start.mjs'], {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', log, log],
    detached: true,
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start node scripts/start.mjs');
  let exited = false;
  child.once('exit', () => (exited = true));
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // Already gone.
    }
  };
  // Last resort if the benchmark dies without stopping it (an exit handler cannot wait).
  const onExit = () => killGroup('SIGKILL');
  process.once('exit', onExit);
  const stop = async () => {
    process.off('exit', onExit);
    killGroup('SIGTERM');
    for (let waited = 0; waited < 5000 && groupAlive(pid); waited += 100) await delay(100);
    killGroup('SIGKILL');
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`the shop stopped while starting; its output:\n${tail(logFile)}`);
    }
    const health = await fetchOnce(`http://127.0.0.1:${port}/api/health`, {
      timeoutMs: 5000,
    }).catch(() => undefined);
    if (health?.statusCode === 200) return { port, pid, logFile, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `/api/health did not answer 200 within ${timeoutMs / 1000} s:\n${tail(logFile)}`,
      );
    }
    await delay(250);
  }
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function tail(file: string, lines = 30): string {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n') : '';
}

/** How many processes the shop runs (its process group), from /proc; undefined elsewhere. */
export function processesInGroup(pgid: number): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  let count = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(path.join('/proc', entry, 'stat'), 'utf8');
      // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid) count += 1;
    } catch {
      // The process ended while we looked.
    }
  }
  return count;
}

// About the socket, not the response: the sample was fetched on a connection of its own
// ("Connection: close"), the load keeps its connections alive, and node:http writes these for it.
const HOP_BY_HOP = new Set(['connection', 'keep-alive']);

/** A response's raw headers ([name, value, ...]) minus those node:http must choose per socket. */
export function replayableHeaders(rawHeaders: readonly string[]): string[] {
  const kept: string[] = [];
  for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
    const [name, value] = [rawHeaders[index] ?? '', rawHeaders[index + 1] ?? ''];
    if (!HOP_BY_HOP.has(name.toLowerCase())) kept.push(name, value);
  }
  return kept;
}

export type BareServer = {
  port: number;
  serve: (response: Fetched) => Promise<void>;
  stop: () => void;
};

/** The limit: scripts/bench/bare-server.mjs in a child process. */
export function startBareServer(): Promise<BareServer> {
  const child: ChildProcess = fork(path.join(import.meta.dirname, 'bare-server.mjs'), [], {
    execArgv: [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  process.once('exit', stop);
  const next = (type: string) =>
    new Promise<{ port?: number }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`bare server: no '${type}'`)), 10_000);
      child.once('message', (message: { type?: string; port?: number }) => {
        clearTimeout(timer);
        if (message.type === type) resolve(message);
        else reject(new Error(`bare server said ${JSON.stringify(message)}`));
      });
    });
  return next('listening').then(({ port }) => ({
    port: port ?? 0,
    serve: async (response) => {
      const ready = next('ready');
      child.send({
        type: 'serve',
        statusCode: response.statusCode,
        rawHeaders: replayableHeaders(response.rawHeaders),
        body: response.body.toString('base64'),
      });
      await ready;
    },
    stop,
  }));
}
