import 'server-only';

import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzip } from 'node:zlib';

import type { Locale } from '../../i18n/locales';
import type { SessionData } from '../../validation/session';
import { cartPageHtml } from '../cart-page/view';
import { cartPageRequest, fillCartShell, type ShellRender } from './cart-page';
import { cartPostHandler } from './cart-post';
import { isEmptySession, type SessionSettings } from '../session-cookie';
import { localeCookie } from './locale-cookie';
import { pageRequest, type PageRequest } from './page-request';
import type { PageDb } from './page-db';
import { PageStore, type CachedPage } from './page-store';
import type { RenderedPage } from './render-page';
import { renewedSessionCookie } from './session-renewal';
import { TagVersions } from './tag-versions';
import { RENDER_TOKEN_HEADER, VARIANT_HEADER, variantKey, type PageVariant } from './variant';
import { SessionReader, signedInOrEmpty, visitorVariant } from './visitor';

export type FrontOptions = {
  /** Next's own request handler, for everything that is not a cached catalog page. */
  next: (req: IncomingMessage, res: ServerResponse) => unknown;
  /** Renders a page in Next for a variant, without the visitor's cookies (./render-page.ts). */
  render: (path: string, variant: PageVariant) => Promise<RenderedPage>;
  /** The cart page's chrome for a variant, without scripts; undefined when unusable (./cart-page.ts). */
  renderCartShell: ShellRender;
  db: PageDb;
  session: SessionSettings;
  renewEveryRequest: boolean;
  maxBytes: number;
};

/**
 * The page server: catalog list, category and product pages are rendered once per header variant
 * and served from memory to every visitor with that variant, until a catalog write changes what
 * they show (docs/decisions/0004-page-server.md). The cart page and its plain form posts are
 * answered here too (./cart-page.ts, ./cart-post.ts). Everything else goes to Next as it came.
 */
export function createFrontHandler(options: FrontOptions) {
  const store = new PageStore(options.maxBytes);
  const tags = new TagVersions(options.db);
  const sessions = new SessionReader(options.session);
  const cartPost = cartPostHandler({
    session: options.session,
    sessions,
    checked: (session) => signedInOrEmpty(session, options.db),
  });
  // Visitors asking for the same missing page (or cart chrome) at once share one render.
  const rendering = new Map<string, Promise<RenderedPage>>();
  const renderingShell = new Map<string, Promise<RenderedPage | undefined>>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Only this process's own render requests may carry these (lib/server/page-variant.ts).
    delete req.headers[VARIANT_HEADER];
    delete req.headers[RENDER_TOKEN_HEADER];
    if (await cartPost(req, res)) return;
    const cart = cartPageRequest(req.method, req.url, req.headers);
    if (cart) return serveCart(req, res, cart);
    const page = pageRequest(req.method, req.url, req.headers);
    if (!page) return void options.next(req, res);
    const epoch = tags.refresh();
    const target = resolve(page);
    if (!target) return void options.next(req, res);
    const session = await sessions.read(req.headers.cookie);
    const variant = visitorVariant(session, options.db, target.productId);
    const key = `${page.path} ${variantKey(variant)}`;
    const cached = store.get(key);
    const cookies = await visitorCookies(req, session, page.locale);
    if (cached && tags.isFresh(cached.tags, cached.epoch)) {
      return send(req, res, cached, 'HIT', cookies);
    }
    const rendered = await once(rendering, key, () => options.render(page.path, variant));
    if (rendered.status === 200) {
      const fresh: CachedPage = { ...rendered, tags: target.tags, epoch };
      store.set(key, fresh);
      compressLater(key, fresh);
      return send(req, res, fresh, 'MISS', cookies);
    }
    // A redirect or a 404 (a slug renamed meanwhile): answered as rendered, not kept.
    store.delete(key);
    send(req, res, rendered, 'BYPASS', cookies);
  }

  /**
   * The cart page: its chrome kept per header variant as the catalog pages are, without scripts
   * (./cart-page.ts), and its body written per request from the visitor's session by the cart's
   * one renderer (lib/server/cart-page/). Never stored whole: every shopper's cart differs.
   */
  async function serveCart(
    req: IncomingMessage,
    res: ServerResponse,
    cart: NonNullable<ReturnType<typeof cartPageRequest>>,
  ): Promise<void> {
    const epoch = tags.refresh();
    const session = signedInOrEmpty(await sessions.read(req.headers.cookie), options.db);
    const variant = visitorVariant(session, options.db);
    const key = `${cart.path} shell ${variantKey(variant)}`;
    let shell = store.get(key);
    let state: 'HIT' | 'MISS' = 'HIT';
    if (!shell || !tags.isFresh(shell.tags, shell.epoch)) {
      const rendered = await once(renderingShell, key, () =>
        options.renderCartShell(cart.path, variant),
      );
      // No usable chrome (an error page, or no marker): Next renders the visitor's cart itself.
      if (!rendered) return void options.next(req, res);
      shell = { ...rendered, tags: CART_SHELL_TAGS, epoch };
      store.set(key, shell);
      state = 'MISS';
    }
    const body = await cartPageHtml(session, cart.locale, Object.fromEntries(cart.query));
    const cookies = await visitorCookies(req, session, cart.locale);
    send(req, res, { ...shell, body: fillCartShell(shell.body, body) }, state, cookies);
  }

  async function visitorCookies(
    req: IncomingMessage,
    session: SessionData,
    locale: Locale,
  ): Promise<string[]> {
    const renewal =
      options.renewEveryRequest && !isEmptySession(session)
        ? await renewedSessionCookie(session, options.session)
        : undefined;
    return [renewal, localeCookie(req.headers, locale)].filter(
      (cookie): cookie is string => cookie !== undefined,
    );
  }

  /** The catalog rows a page shows, as tags; undefined when its slug names nothing (Next answers). */
  function resolve(page: PageRequest): { tags: string[]; productId?: number } | undefined {
    if (page.kind === 'list') return { tags: ['list', 'nav'] };
    if (page.kind === 'category') {
      const id = options.db.categoryId(page.locale, page.slug);
      return id === undefined ? undefined : { tags: [`category:${id}`, 'nav'] };
    }
    const product = options.db.product(page.locale, page.slug);
    if (!product) return undefined;
    return {
      tags: [`product:${product.id}`, `category-info:${product.categoryId}`],
      productId: product.id,
    };
  }

  function compressLater(key: string, page: CachedPage): void {
    gzip(page.body, (error, zipped) => {
      if (!error) store.addGzip(key, page, zipped);
    });
  }

  return Object.assign(handle, { stats: () => store.stats });
}

/** The promise already pending under `key`, or `start`'s, shared until it settles. */
function once<T>(pending: Map<string, Promise<T>>, key: string, start: () => Promise<T>) {
  let promise = pending.get(key);
  if (!promise) {
    promise = start().finally(() => pending.delete(key));
    pending.set(key, promise);
  }
  return promise;
}

// The cart's chrome shows nothing of the catalog (the header's count and name are its variant):
// no catalog write changes it, and a new build starts with an empty store.
const CART_SHELL_TAGS: string[] = [];

function send(
  req: IncomingMessage,
  res: ServerResponse,
  page: RenderedPage,
  cache: 'HIT' | 'MISS' | 'BYPASS',
  setCookies: string[],
): void {
  const zipped = page.gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  const body = zipped ? page.gzip! : page.body;
  const headers: [string, string][] = [...page.headers, ['x-shop-cache', cache]];
  if (zipped) headers.push(['content-encoding', 'gzip']);
  headers.push(['content-length', String(body.length)]);
  for (const cookie of setCookies) headers.push(['set-cookie', cookie]);
  res.writeHead(page.status, headers.flat());
  res.end(req.method === 'HEAD' ? undefined : body);
}
