// npm test: every check, in order, stopping at the first that fails; then how long each took.
import { spawnSync } from 'node:child_process';

// The build runs after the types stage passed, so it need not check them again (next.config.mjs).
const stages = [
  ['types', 'typecheck'],
  ['lint', 'lint'],
  ['unit', 'test:unit'],
  ['build', 'build', { SHOP_TYPES_CHECKED: '1' }],
  ['end-to-end', 'test:e2e'],
];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const times = [];
let failed;
for (const [name, script, environment] of stages) {
  console.log(`\n=== npm test: ${name} (npm run ${script})\n`);
  const started = Date.now();
  const { status, signal } = spawnSync(npm, ['run', script], {
    stdio: 'inherit',
    env: { ...process.env, ...environment },
  });
  times.push([name, (Date.now() - started) / 1000]);
  if (status !== 0) {
    failed = `${name} failed (${signal ?? `exit ${status}`})`;
    break;
  }
}

const total = times.reduce((sum, [, seconds]) => sum + seconds, 0);
console.log('\nnpm test, time per stage:');
for (const [name, seconds] of times) console.log(`  ${name.padEnd(11)} ${format(seconds)}`);
console.log(`  ${'total'.padEnd(11)} ${format(total)}`);
if (failed) {
  console.error(`\nnpm test: ${failed}.`);
  process.exit(1);
}

function format(seconds) {
  const minutes = Math.floor(seconds / 60);
  return `${minutes > 0 ? `${minutes} min ` : ''}${(seconds % 60).toFixed(0)} s`;
}
