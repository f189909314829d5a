import 'server-only';

import type { IncomingMessage, ServerResponse } from 'node:http';

import {
  baseSecurityHeaders,
  contentSecurityPolicy,
  inlineScriptHashes,
  SECURITY_HEADER_NAMES,
  securityHeaders,
  type SecuritySettings,
} from '../security-headers';
import type { RenderedPage } from './render-page';
import type { PageVariant } from './variant';

type Render = (path: string, variant: PageVariant) => Promise<RenderedPage>;
type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

/**
 * The security headers of a page the page server keeps: its CSP allows exactly the inline
 * scripts it carries, by their hashes. Computed once per render, so a cached page stays the
 * same bytes and headers for every visitor, and a hit costs nothing more (no per-request nonce).
 */
export function securePage(page: RenderedPage, settings: SecuritySettings): RenderedPage {
  const type = page.headers.find(([name]) => name === 'content-type')?.[1] ?? '';
  const scripts = type.includes('text/html') ? inlineScriptHashes(page.body.toString('utf8')) : [];
  const headers = page.headers.filter(([name]) => !SECURITY_HEADER_NAMES.has(name));
  return { ...page, headers: [...headers, ...securityHeaders(scripts, settings)] };
}

export function withPageSecurity(render: Render, settings: SecuritySettings): Render {
  return async (path, variant) => securePage(await render(path, variant), settings);
}

/**
 * Everything the page server hands to Next gets the headers before Next answers: files, images
 * and route handlers keep them, with a CSP that allows no inline script; the pages the proxy
 * sees replace the CSP with one carrying their nonce (proxy.ts).
 */
export function withSecurityHeaders(next: Handler, settings: SecuritySettings): Handler {
  const set = securityHeaderSetter(settings);
  return (req, res) => {
    set(res);
    return next(req, res);
  };
}

/**
 * Sets the headers (CSP allowing no inline script) on a response before it is answered: for the
 * form posts the page server answers itself (./cart-post.ts), whose redirects and refusal pages
 * are written after them. Not on the cached pages' path, which sends its stored headers.
 */
export function securityHeaderSetter(settings: SecuritySettings) {
  const headers = [
    ...baseSecurityHeaders(settings),
    ['content-security-policy', contentSecurityPolicy([], settings)] as [string, string],
  ];
  return (res: ServerResponse) => {
    for (const [name, value] of headers) res.setHeader(name, value);
  };
}
