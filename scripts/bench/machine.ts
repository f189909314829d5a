// The facts printed above the figures of npm run bench:pages, so that they can be pasted as they are.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import os from 'node:os';

/** What a reader needs to weigh the figures: the machine, how busy it was, what was measured. */
export function machineFacts(standalone: string, shopProcesses: number | undefined) {
  const git = (...gitArgs: string[]) => {
    try {
      return execFileSync('git', gitArgs, { encoding: 'utf8' }).trim();
    } catch {
      return '?';
    }
  };
  const dirty = git('status', '--porcelain', '--untracked-files=no') === '' ? '' : ' (modified)';
  return {
    date: new Date().toISOString(),
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? '?',
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    loadavgAfter: os.loadavg().map((load) => Number(load.toFixed(2))),
    shopProcesses,
    webConcurrency: process.env.WEB_CONCURRENCY ?? '(unset: the start script decides)',
    commit: git('rev-parse', '--short', 'HEAD') + dirty,
    build: statSync(standalone).mtime.toISOString(),
  };
}
