// `npm start`: serves the standalone production build, the same artifact a deployment ships.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = process.cwd();
const server = path.join(root, '.next', 'standalone', 'server.js');
if (!existsSync(server)) {
  console.error('No production build found: run `npm run build` first.');
  process.exit(1);
}
// Settings from .env, as `next start` would read them (the real environment wins).
if (existsSync('.env')) process.loadEnvFile('.env');
process.env.NODE_ENV = 'production';
// server.js changes its working directory; relative DATABASE_PATH and MEDIA_ROOT stay in this folder.
process.env.SHOP_ROOT ??= root;
// The standalone server binds to HOSTNAME, which many hosts set to the machine's name.
process.env.HOSTNAME = process.env.HOST ?? '0.0.0.0';
process.env.PORT ??= '3000';
await import(pathToFileURL(server).href);
