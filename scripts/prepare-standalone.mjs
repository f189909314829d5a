// After `next build`: the standalone server does not copy the browser assets or public/ itself.
import { cpSync, existsSync } from 'node:fs';

const standalone = '.next/standalone';
if (!existsSync(`${standalone}/server.js`)) {
  console.error(
    `${standalone}/server.js is missing: did next build run with output: 'standalone'?`,
  );
  process.exit(1);
}
cpSync('.next/static', `${standalone}/.next/static`, { recursive: true });
if (existsSync('public')) cpSync('public', `${standalone}/public`, { recursive: true });
console.log(`Standalone server ready: ${standalone}/server.js (npm start runs it).`);
