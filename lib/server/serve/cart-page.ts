import 'server-only';

import { isLocale, type Locale } from '../../i18n/locales';
import { CART_BODY_MARKER } from '../cart-page/html';
import { documentRequest } from './page-request';
import type { RenderedPage } from './render-page';
import type { PageVariant } from './variant';

const CART = /^\/([a-z]{2})\/cart$/;

/** A browser's request for the cart page, which the page server answers (./front-handler.ts). */
export function cartPageRequest(
  method: string | undefined,
  url: string | undefined,
  headers: Record<string, string | string[] | undefined>,
): { locale: Locale; path: string; query: URLSearchParams } | undefined {
  const document = documentRequest(method, url, headers);
  const [, locale] = CART.exec(document?.pathname ?? '') ?? [];
  if (!document || !isLocale(locale)) return undefined;
  return { locale, path: document.pathname, query: document.query };
}

// Next's scripts and their preloads: the cart page works as plain HTML, its forms plain posts.
const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/g;
const SCRIPT_PRELOAD =
  /<link\b(?=[^>]*\bas="script")[^>]*>|<link\b(?=[^>]*\brel="modulepreload")[^>]*>/g;

/**
 * The cart page's chrome for one header variant, as Next renders it with the marker where the
 * body goes (app/[locale]/cart/page.tsx), without Next's scripts: the page server writes the body
 * into it per request (./front-handler.ts), and a page without React has nothing to hydrate.
 * Undefined unless the marker is there exactly once (then Next answers the visitor itself).
 */
export function cartShell(page: RenderedPage): RenderedPage | undefined {
  if (page.status !== 200) return undefined;
  const html = page.body.toString('utf8').replace(SCRIPT, '').replace(SCRIPT_PRELOAD, '');
  const at = html.indexOf(CART_BODY_MARKER);
  if (at === -1 || html.indexOf(CART_BODY_MARKER, at + 1) !== -1) return undefined;
  return { ...page, body: Buffer.from(html), gzip: undefined };
}

export type ShellRender = (path: string, variant: PageVariant) => Promise<RenderedPage | undefined>;

/** Renders the shell through Next and strips it (before its security headers are computed). */
export function cartShellRenderer(
  render: (path: string, variant: PageVariant) => Promise<RenderedPage>,
): ShellRender {
  return async (path, variant) => cartShell(await render(path, variant));
}

/** The shell with the body written in, as the visitor gets it. */
export function fillCartShell(shell: Buffer, body: string): Buffer {
  const marker = Buffer.from(CART_BODY_MARKER);
  const at = shell.indexOf(marker);
  return Buffer.concat([
    shell.subarray(0, at),
    Buffer.from(body),
    shell.subarray(at + marker.length),
  ]);
}
