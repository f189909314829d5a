import 'server-only';

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';

import { env } from '../../validation/env';
import { CLIENT_ADDRESS_HEADER, stampClientAddress } from './client-address-header';
import { sessionSettings } from '../session-cookie';
import { createFrontHandler } from './front-handler';
import { openPageDb } from './page-db';
import { pageRenderer } from './render-page';
import { cartShellRenderer } from './cart-page';
import {
  securePage,
  securityHeaderSetter,
  withPageSecurity,
  withSecurityHeaders,
} from './page-security';
import { securitySettings } from '../security-headers';

export { prepareDatabase } from './prepare-database';

type NextServer = {
  prepare: () => Promise<void>;
  getRequestHandler: () => (req: unknown, res: unknown) => Promise<void>;
};

/**
 * One server process of `npm start` (scripts/start.mjs runs one per core): Next's request handler
 * for everything, behind the page server for the catalog pages. Next also listens on a private
 * loopback port, where the page server asks it to render pages for its cache.
 */
export async function startShopServer(options: {
  dir: string;
  port: number;
  host: string;
}): Promise<Server> {
  const { dir, port, host } = options;
  process.chdir(dir);
  const config = JSON.parse(
    readFileSync(path.join(dir, '.next', 'required-server-files.json'), 'utf8'),
  ).config;
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
  const token = randomBytes(24).toString('base64url');
  process.env.SHOP_RENDER_TOKEN = token;
  const require = createRequire(path.join(dir, 'server.js'));
  const next = require('next') as (options: object) => NextServer;
  const app = next({ dev: false, dir, conf: config, hostname: host, port });
  await app.prepare();
  const nextHandler = app.getRequestHandler();

  const settings = env();
  // Only the page server's own render requests come here, from this process: no client address.
  const internal = createServer((req, res) => {
    delete req.headers[CLIENT_ADDRESS_HEADER];
    void nextHandler(req, res);
  });
  await new Promise<void>((resolve) =>
    internal.listen({ port: 0, host: '127.0.0.1', exclusive: true }, resolve),
  );
  const internalAddress = internal.address();
  if (!internalAddress || typeof internalAddress === 'string')
    throw new Error('the internal render address is not a port');

  const security = securitySettings();
  const render = pageRenderer(
    { port: internalAddress.port, host: renderHost(settings.SHOP_URL, port) },
    token,
  );
  const renderCartShell = cartShellRenderer(render);
  const front = createFrontHandler({
    next: withSecurityHeaders((req, res) => nextHandler(req, res), security),
    render: withPageSecurity(render, security),
    renderCartShell: async (path, variant) => {
      const shell = await renderCartShell(path, variant);
      return shell && securePage(shell, security);
    },
    db: openPageDb(settings.DATABASE_PATH),
    session: sessionSettings(),
    renewEveryRequest: settings.SESSION_SAVE_EVERY_REQUEST,
    maxBytes: settings.PAGE_CACHE_MB * 1024 * 1024,
  });
  const securePost = securityHeaderSetter(security);
  const server = createServer((req, res) => {
    // The rate limits' client address, which Next alone cannot see (./client-address-header.ts).
    stampClientAddress(req, settings.TRUST_PROXY);
    if (req.method !== 'GET' && req.method !== 'HEAD') securePost(res);
    front(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Internal Server Error');
    });
  });
  // Longer than a load balancer's idle timeout, as Next's own server does.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen({ port, host }, resolve));
  const stop = () => {
    server.close();
    internal.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return server;
}

/** The host cached pages are rendered for: the shop's public one, never a visitor's Host header. */
function renderHost(shopUrl: string | undefined, port: number): string {
  return shopUrl ? new URL(shopUrl).host : `localhost:${port}`;
}
