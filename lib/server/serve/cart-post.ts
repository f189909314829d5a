import 'server-only';

import type { IncomingMessage, ServerResponse } from 'node:http';

import type { SessionData } from '../../validation/session';
import type { SessionIO } from '../cart-core';
import type { Locale } from '../../i18n/locales';
import { cartPostTarget } from '../../validation/cart-post-path';
import { applyCartPost, cartPostLocation } from '../cart-post';
import { ACTION_BODY_LIMIT, refusedPost } from '../post-limits';
import { refusalPage, type Refusal } from '../refusal-page';
import { saveCart } from '../saved-cart';
import { sessionSetCookie, type SessionSettings } from '../session-cookie';
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
  checked: (session: SessionData) => SessionData | Promise<SessionData>;
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
    // The proxy's rules for every post (another site's Origin, the body's size), as it would
    // apply them if the post reached it.
    const refused = refusedPost('POST', target.path, {
      get: (name) => header(req.headers[name]) ?? null,
    });
    if (refused) return refuse(req, res, refused.status, refused.refusal, target.locale);
    const body = await readBody(req, ACTION_BODY_LIMIT);
    if (body === undefined) return refuse(req, res, 413, 'tooLarge', target.locale);

    const session = await options.checked(await options.sessions.read(req.headers.cookie));
    let setCookie: string | undefined;
    const io: SessionIO = {
      read: async () => session,
      write: async (data: SessionData) => {
        // As writeSession does: a signed-in shopper's cart follows them to other browsers.
        if (data.uid !== undefined) await saveCart(data.uid, data.cart);
        setCookie = await sessionSetCookie(data, options.session);
      },
    };
    const fields = Object.fromEntries(new URLSearchParams(body.toString('utf8')));
    const outcome = await applyCartPost(target.kind, fields, io, target.locale);
    const headers = [
      ['location', await cartPostLocation(target.locale, target.kind, outcome)],
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
  status: number,
  refusal: Refusal,
  locale: Locale,
): true {
  const page = refusalPage(locale, refusal);
  // The rest of a refused body is not read: the connection closes instead of draining it.
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(page),
    'cache-control': 'private, no-store',
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
