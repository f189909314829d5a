import 'server-only';

import type { IncomingMessage, ServerResponse } from 'node:http';

import type { SessionData } from '../../validation/session';
import type { SessionIO } from '../cart-core';
import { applyCartPost, cartPostLocation, isSameOrigin, MAX_CART_POST_BYTES } from '../cart-post';
import { cartPostTarget } from '../../validation/cart-post-path';
import { saveCart } from '../saved-cart';
import { sessionSetCookie, type SessionSettings } from '../session-cookie';
import { refusal } from '../form-refusal';
import type { SessionReader } from './visitor';

/**
 * The cart page's forms posted without JavaScript (lib/server/cart-post.ts), answered here before
 * Next: Next spends a page render's worth of time on a server action, where the change itself is
 * a cookie and at most one row. Only the plain encoding a form without JavaScript sends is taken;
 * anything else goes on to Next's route handler, which answers the same way.
 */
export function cartPostHandler(options: {
  session: SessionSettings;
  sessions: SessionReader;
  /** A logged-out (revoked) signed-in session read as empty (./visitor.ts signedInOrEmpty). */
  checked: (session: SessionData) => SessionData;
}) {
  return async function handleCartPost(
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<boolean> {
    if (req.method !== 'POST') return false;
    const target = cartPostTarget(new URL(req.url ?? '/', 'http://shop.invalid').pathname);
    if (!target) return false;
    const type = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/x-www-form-urlencoded') return false;
    const origin = {
      origin: req.headers.origin,
      host: req.headers.host,
      forwardedHost: header(req.headers['x-forwarded-host']),
    };
    if (!isSameOrigin(origin)) return refuse(req, res, 403, target.locale);
    const body = await readBody(req, MAX_CART_POST_BYTES);
    if (body === undefined) return refuse(req, res, 413, target.locale);

    const session = options.checked(await options.sessions.read(req.headers.cookie));
    let setCookie: string | undefined;
    const io: SessionIO = {
      read: async () => session,
      write: async (data: SessionData) => {
        // As writeSession does: a signed-in shopper's cart follows them to other browsers.
        if (data.uid !== undefined) saveCart(data.uid, data.cart);
        setCookie = await sessionSetCookie(data, options.session);
      },
    };
    const fields = Object.fromEntries(new URLSearchParams(body.toString('utf8')));
    const outcome = await applyCartPost(target.kind, fields, io);
    const headers = [
      ['location', cartPostLocation(target.locale, target.kind, outcome)],
      ['cache-control', 'no-store'],
      ['content-length', '0'],
    ];
    if (setCookie) headers.push(['set-cookie', setCookie]);
    res.writeHead(303, headers.flat());
    res.end();
    return true;
  };
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function refuse(
  req: IncomingMessage,
  res: ServerResponse,
  status: 403 | 413,
  locale: Parameters<typeof refusal>[1],
): true {
  const page = refusal(status, locale);
  // The rest of a refused body is not read: the connection closes instead of draining it.
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(page),
    'cache-control': 'no-store',
    connection: 'close',
  });
  res.end(page);
  req.resume();
  return true;
}

/** The body, or undefined once it is larger than `limit` bytes (read no further). */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
