import 'server-only';

import { createHash, randomBytes } from 'node:crypto';

import { env } from '../validation/env';
import { paymentEnv } from '../validation/payment-env';

/**
 * The security headers of every response, defined here only (docs/decisions/0005-security-headers.md).
 * Three places apply them: proxy.ts on the pages Next renders per request (a CSP with a fresh
 * nonce, which Next puts on its own scripts), the page server on the catalog pages it caches (a
 * CSP with the hashes of the page's inline scripts, computed once when the page is stored), and
 * the page server on everything else it hands to Next (files, images, route handlers).
 */
export type SecuritySettings = {
  /** The session cookie is Secure: the shop is served over HTTPS, so HSTS may be sent. */
  secure: boolean;
  /** Where a form may post or be redirected to besides the shop: Stripe Checkout. */
  formTargets: readonly string[];
  /** `next dev` evaluates code for its error overlay and call stacks. */
  development: boolean;
};

let cached: SecuritySettings | undefined;

export function securitySettings(): SecuritySettings {
  if (cached) return cached;
  const config = env();
  const payments = paymentEnv();
  // A form post to "Pay" is answered with a redirect to Stripe Checkout, and a browser checks
  // form-action on every redirect of a form submission. STRIPE_API_HOST is the tests' fake Stripe,
  // whose checkout pages are on its own address.
  const formTargets = ['https://checkout.stripe.com'];
  if (payments.STRIPE_API_HOST) {
    const protocol = payments.STRIPE_API_PROTOCOL ?? 'https';
    const port = payments.STRIPE_API_PORT ? `:${payments.STRIPE_API_PORT}` : '';
    formTargets.push(`${protocol}://${payments.STRIPE_API_HOST}${port}`);
  }
  cached = {
    secure: config.SESSION_COOKIE_SECURE,
    formTargets,
    development: config.NODE_ENV === 'development',
  };
  return cached;
}

/**
 * The page policy. `scripts` are the inline scripts allowed besides the shop's own files: a nonce
 * or hashes. Styles allow inline ones: React writes style attributes (next/image's
 * `color:transparent`) and the proxy's own error pages carry a <style>; a nonce cannot cover an
 * attribute, and injected CSS cannot run code, which is what this policy is for.
 */
export function contentSecurityPolicy(
  scripts: readonly string[],
  settings: SecuritySettings,
): string {
  const scriptSources = ["'self'", ...scripts];
  if (settings.development) scriptSources.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `form-action 'self' ${settings.formTargets.join(' ')}`,
    "frame-ancestors 'none'",
  ].join('; ');
}

/** A nonce for one response: 128 random bits, in the characters Next reads from the header. */
export function createNonce(): string {
  return randomBytes(16).toString('base64');
}

// A <script> without src: its text is what the browser hashes (raw text, no entity decoding).
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The CSP sources ('sha256-…') of every inline script of an HTML page, each once. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const text = match[1] ?? '';
    if (text === '') continue;
    hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/**
 * Every security header of a response but the CSP (which depends on the page). HSTS only when
 * the cookie is Secure: a shop tried out over plain HTTP must not tell browsers to refuse it.
 */
export function baseSecurityHeaders(settings: SecuritySettings): [string, string][] {
  const headers: [string, string][] = [
    ['x-content-type-options', 'nosniff'],
    ['x-frame-options', 'DENY'],
    ['referrer-policy', 'strict-origin-when-cross-origin'],
    ['permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
  ];
  if (settings.secure) headers.push(['strict-transport-security', 'max-age=31536000']);
  return headers;
}

/** All the headers, for a response whose inline scripts are allowed by `scripts`. */
export function securityHeaders(
  scripts: readonly string[],
  settings: SecuritySettings,
): [string, string][] {
  return [
    ...baseSecurityHeaders(settings),
    ['content-security-policy', contentSecurityPolicy(scripts, settings)],
  ];
}

export const SECURITY_HEADER_NAMES = new Set(
  securityHeaders([], {
    secure: true,
    formTargets: [],
    development: false,
  }).map(([name]) => name),
);
