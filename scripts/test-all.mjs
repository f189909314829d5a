// npm test: every check, stopping at the first one that fails; then when each ran and how long.
// Two cores: each check starts as soon as what it needs has passed, beside the others, so that both
// cores stay busy. The build, the lint and the unit tests start at once; the end-to-end tests and
// the types when the build has passed. The build need not check the types (next.config.mjs): this
// run does, and stops at a type error as at any failure, stopping every check still running.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const checks = [
  { name: 'build', script: 'build', after: [], environment: { SHOP_TYPES_CHECKED: '1' } },
  { name: 'end-to-end', script: 'test:e2e', after: ['build'] },
  // Beside those, at a lower priority: they take the CPU the others leave, and so delay neither
  // the build nor the end-to-end tests after it, the longest check. The types after the build:
  // both write .next/types (the build's own check of them is skipped, above).
  { name: 'lint', script: 'lint', after: [], low: true },
  { name: 'types', script: 'typecheck', after: ['build'], low: true },
  // The unit tests at once and at the same priority as the others: some wait on timers and child
  // processes, which a starved test would miss. Started after the build instead, beside the
  // end-to-end tests, the whole run took longer on a fresh clone (8 min 22 and 23 s, against 8 min
  // 6 s): the build leaves CPU unused (its single-worker steps) that they fill.
  { name: 'unit', script: 'test:unit', after: [] },
];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const started = Date.now();
const passed = new Set();
// Each running check and its process.
const running = new Map();
const times = [];
let failed;
// How long a stopped check may take to end (Playwright's teardown) before it is killed.
const STOP_GRACE_MS = 15_000;

// The checks run in process groups of their own: a Ctrl-C (or CI stopping the job) stops them too,
// and this waits for them to end (a few seconds at most) before it does.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    // Nothing starts any more, even when a check ends well while the others stop.
    failed ??= `stopped by ${signal}`;
    for (const [check, child] of running) stop(check, child);
    const deadline = Date.now() + STOP_GRACE_MS + 1000;
    setInterval(() => {
      if (running.size === 0 || Date.now() > deadline) process.exit(130);
    }, 100);
  });
}

await new Promise((resolve) => {
  const startReady = () => {
    if (failed) {
      if (running.size === 0) resolve();
      return;
    }
    for (const check of checks) {
      if (passed.has(check.name) || running.has(check)) continue;
      if (!check.after.every((name) => passed.has(name))) continue;
      running.set(check, run(check));
    }
    if (running.size === 0) resolve();
  };
  function run(check) {
    // The end-to-end tests print as they go (minutes of them); the others' output is held back
    // and printed whole when each ends, so that no two are mixed line by line.
    const live = check.name === 'end-to-end';
    const header = `\n=== npm test: ${check.name} (npm run ${check.script})\n`;
    if (live) console.log(header);
    else console.log(`=== npm test: ${check.name} started (${format(elapsed())} in)`);
    const began = elapsed();
    // `nice` where there is one (not on Windows): the processes npm starts inherit the priority.
    const [command, args] =
      check.low && process.platform !== 'win32'
        ? ['nice', ['-n', '10', npm, 'run', check.script]]
        : [npm, ['run', check.script]];
    const child = spawn(command, args, {
      stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      // Held-back output is still printed to a terminal: keep the colours the tools would use.
      env: {
        ...(!live && process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}),
        ...process.env,
        ...check.environment,
      },
      // Its own process group, so that a failure elsewhere stops it and everything it started.
      detached: process.platform !== 'win32',
    });
    if (check.low) lowerSessionPriority(child.pid);
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('close', (status, signal) => {
      running.delete(check);
      const seconds = elapsed() - began;
      const ok = status === 0;
      times.push([check.name, began, seconds]);
      if (!live) {
        process.stdout.write(header);
        process.stdout.write(Buffer.concat(output));
      }
      const outcome = ok ? 'passed' : check.stopped ? `stopped (${failed})` : 'FAILED';
      console.log(`\n--- ${check.name}: ${outcome} in ${format(seconds)}`);
      if (ok) passed.add(check.name);
      else if (!failed) {
        failed = `${check.name} failed (${signal ?? `exit ${status}`})`;
        for (const [other, child] of running) stop(other, child);
      }
      startReady();
    });
    return child;
  }
  startReady();
});

const total = elapsed();
console.log('\nnpm test, time per check (when it started, how long it took):');
for (const [name, began, seconds] of times) {
  console.log(
    `  ${name.padEnd(12)} at ${format(began).padStart(8)}   ${format(seconds).padStart(8)}`,
  );
}
console.log(`  ${'total'.padEnd(12)}             ${format(total).padStart(8)}`);
if (failed) {
  console.error(`\nnpm test: ${failed}.`);
  process.exit(1);
}

/**
 * Stops a check and everything it started, as a Ctrl-C in its terminal would (SIGINT to its
 * process group): Playwright then still runs its global teardown, which removes the run's folder
 * from the temp directory (on SIGTERM it did not). Whatever is left after a grace period is killed.
 */
function stop(check, child) {
  check.stopped = true;
  if (process.platform === 'win32') {
    child.kill();
    return;
  }
  signalGroup(child.pid, 'SIGINT');
  const kill = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), STOP_GRACE_MS);
  // Not once it has ended: its process group id could by then belong to something else.
  child.once('close', () => clearTimeout(kill));
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/**
 * Linux groups the CPU time of each session (autogroups): a check started in a session of its own
 * (`detached`) shares the CPU equally with every other session, whatever its `nice`. So the
 * session's own priority is lowered too (5: a quarter of the CPU against one busy check; at 10,
 * the lint was starved past the end of the end-to-end tests). Without it, the lint and the unit
 * tests took two thirds of the CPU from the build: 72 s on a fresh clone instead of 25 s alone.
 */
function lowerSessionPriority(pid) {
  if (process.platform !== 'linux' || pid === undefined) return;
  try {
    writeFileSync(`/proc/${pid}/autogroup`, '5');
  } catch {
    // No autogroups in this kernel: `nice` alone is enough then.
  }
}

function elapsed() {
  return (Date.now() - started) / 1000;
}

function format(seconds) {
  const minutes = Math.floor(seconds / 60);
  return `${minutes > 0 ? `${minutes} min ` : ''}${(seconds % 60).toFixed(0)} s`;
}
