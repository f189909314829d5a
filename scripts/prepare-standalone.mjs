// After `next build`: the standalone server does not copy the browser assets or public/ itself,
// and the page server (lib/server/serve/) that `npm start` runs in front of Next is bundled here.
import { cpSync, existsSync } from 'node:fs';

import { build } from 'esbuild';

const standalone = '.next/standalone';
if (!existsSync(`${standalone}/server.js`)) {
  console.error(
    `${standalone}/server.js is missing: did next build run with output: 'standalone'?`,
  );
  process.exit(1);
}
cpSync('.next/static', `${standalone}/.next/static`, { recursive: true });
if (existsSync('public')) cpSync('public', `${standalone}/public`, { recursive: true });
cpSync('scripts/start.mjs', `${standalone}/start.mjs`);

// Next has no "exports" map, so Node's ESM loader finds its subpaths only by file name:
// `next/headers` (imported, never called, by the cart code the page server shares) is headers.js.
const nextSubpathsAsFiles = {
  name: 'next-subpaths-as-files',
  setup(builder) {
    builder.onResolve({ filter: /^next\/[^/.]+$/ }, (args) => ({
      path: `${args.path}.js`,
      external: true,
    }));
  },
};

await build({
  entryPoints: ['lib/server/serve/main.ts'],
  outfile: `${standalone}/shop-server.mjs`,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // 'server-only' is empty under this condition, as in Next's server bundle.
  conditions: ['react-server'],
  // Native or framework packages, present in the standalone node_modules.
  external: ['next', 'better-sqlite3', 'sharp'],
  plugins: [nextSubpathsAsFiles],
  banner: {
    js: "import { createRequire as __shopRequire } from 'node:module'; const require = __shopRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
console.log(`Standalone build ready: ${standalone}/start.mjs (npm start runs it).`);
