import 'server-only';

import type { NextRequest, NextResponse } from 'next/server';

import { createNonce, securityHeaders, securitySettings } from './security-headers';
import { isTrustedRender, RENDER_TOKEN_HEADER } from './serve/variant';

const OVERRIDE = 'x-middleware-override-headers';
const REQUEST_PREFIX = 'x-middleware-request-';

/**
 * The proxy's part of the security headers (lib/server/security-headers.ts): every response it
 * lets through or gives itself gets them. A page Next renders per request gets a fresh nonce,
 * passed to Next in the request's own Content-Security-Policy header, where Next looks for it
 * and puts it on each of its scripts. The page server's renders get none: their inline scripts
 * are allowed by hash when the page is stored (lib/server/serve/page-security.ts).
 */
export function secureResponse(request: NextRequest, response: NextResponse): NextResponse {
  const settings = securitySettings();
  const trusted = isTrustedRender(request.headers.get(RENDER_TOKEN_HEADER));
  const nonce = trusted ? undefined : createNonce();
  const headers = securityHeaders(nonce ? [`'nonce-${nonce}'`] : [], settings);
  for (const [name, value] of headers) response.headers.set(name, value);
  const policy = headers.find(([name]) => name === 'content-security-policy')![1];
  if (!response.headers.has('location'))
    setRequestHeader(request, response, 'content-security-policy', policy);
  return response;
}

/**
 * What NextResponse.next({ request: { headers } }) does, for a response made elsewhere (by
 * next-intl's middleware or a rewrite): the request Next goes on with gets `name` set. Even a
 * visitor's own Content-Security-Policy request header is replaced, so no nonce of theirs is used.
 */
function setRequestHeader(
  request: NextRequest,
  response: NextResponse,
  name: string,
  value: string,
): void {
  const overridden = response.headers.get(OVERRIDE);
  const names = overridden ? overridden.split(',').map((item) => item.trim()) : [];
  if (!overridden) {
    for (const [key, current] of request.headers) {
      names.push(key);
      response.headers.set(REQUEST_PREFIX + key, current);
    }
  }
  if (!names.includes(name)) names.push(name);
  response.headers.set(OVERRIDE, names.join(','));
  response.headers.set(REQUEST_PREFIX + name, value);
}
