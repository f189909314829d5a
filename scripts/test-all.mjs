// npm test: every check, stopping after the first step in which one fails; then how long each took.
// Two cores: checks that each keep about one core busy run two at a time (the types beside the
// lint, the unit tests beside the build), each one's output printed whole when it ends; the
// end-to-end tests, which need the build and both cores, run last and alone.
import { spawn } from 'node:child_process';

// The build runs after the types stage passed, so it need not check them again (next.config.mjs).
const steps = [
  [
    ['types', 'typecheck'],
    ['lint', 'lint'],
  ],
  [
    ['unit', 'test:unit'],
    ['build', 'build', { SHOP_TYPES_CHECKED: '1' }],
  ],
  [['end-to-end', 'test:e2e']],
];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const times = [];
const started = Date.now();
let failed;

for (const step of steps) {
  const together = step.length > 1;
  if (together) console.log(`\n=== npm test: ${step.map(([name]) => name).join(' and ')}, at once`);
  const results = await Promise.all(
    step.map(([name, script, environment]) => run(name, script, environment, together)),
  );
  failed = results.find((result) => result.failed)?.failed;
  if (failed) break;
}

const total = (Date.now() - started) / 1000;
console.log('\nnpm test, time per stage (those marked "at once" ran two together):');
for (const [name, seconds] of times) console.log(`  ${name.padEnd(18)} ${format(seconds)}`);
console.log(`  ${'total'.padEnd(18)} ${format(total)}`);
if (failed) {
  console.error(`\nnpm test: ${failed}.`);
  process.exit(1);
}

/** Runs `npm run <script>`; beside another, with its output held back and printed when it ends. */
function run(name, script, environment, together) {
  const header = `\n=== npm test: ${name} (npm run ${script})\n`;
  if (!together) console.log(header);
  const began = Date.now();
  const child = spawn(npm, ['run', script], {
    stdio: together ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    // Held-back output is still printed to a terminal: keep the colours the tools would use.
    env: {
      ...(together && process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}),
      ...process.env,
      ...environment,
    },
  });
  const output = [];
  child.stdout?.on('data', (chunk) => output.push(chunk));
  child.stderr?.on('data', (chunk) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (status, signal) => {
      const seconds = (Date.now() - began) / 1000;
      times.push([together ? `${name} (at once)` : name, seconds]);
      if (together) {
        process.stdout.write(header);
        process.stdout.write(Buffer.concat(output));
        console.log(`\n--- ${name}: ${status === 0 ? 'passed' : 'FAILED'} in ${format(seconds)}`);
      }
      resolve({
        failed: status === 0 ? undefined : `${name} failed (${signal ?? `exit ${status}`})`,
      });
    });
  });
}

function format(seconds) {
  const minutes = Math.floor(seconds / 60);
  return `${minutes > 0 ? `${minutes} min ` : ''}${(seconds % 60).toFixed(0)} s`;
}
