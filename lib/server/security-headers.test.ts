import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import {
  baseSecurityHeaders,
  contentSecurityPolicy,
  inlineScriptHashes,
  securityHeaders,
  type SecuritySettings,
} from './security-headers';

const settings: SecuritySettings = {
  secure: true,
  formTargets: ['https://checkout.stripe.com'],
  development: false,
};

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it('hashes the text of each inline script as the browser does, and skips src scripts', () => {
    const html =
      '<head><script src="/_next/static/a.js" async=""></script><script id="_R_">a()</script></head>' +
      '<body><script>self.__next_f.push([1,"é\\u003c"])</script><script>a()</script>' +
      '<script type="application/ld+json">{"x":1}</script><script></script></body>';
    expect(inlineScriptHashes(html)).toEqual([
      sha('a()'),
      sha('self.__next_f.push([1,"é\\u003c"])'),
      sha('{"x":1}'),
    ]);
  });

  it('finds none in a page without inline scripts', () => {
    expect(inlineScriptHashes('<p>script</p><script src="x.js"></script>')).toEqual([]);
  });
});

describe('contentSecurityPolicy', () => {
  it('allows the shop, the given scripts and Stripe as a form target, and no framing', () => {
    const policy = contentSecurityPolicy(["'nonce-abc'"], settings);
    expect(policy).toContain("script-src 'self' 'nonce-abc'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("form-action 'self' https://checkout.stripe.com");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('lets next dev evaluate code', () => {
    expect(contentSecurityPolicy([], { ...settings, development: true })).toContain(
      "script-src 'self' 'unsafe-eval'",
    );
  });
});

describe('securityHeaders', () => {
  it('sends HSTS only when the session cookie is Secure', () => {
    const names = (secure: boolean) =>
      baseSecurityHeaders({ ...settings, secure }).map(([name]) => name);
    expect(names(true)).toContain('strict-transport-security');
    expect(names(false)).not.toContain('strict-transport-security');
  });

  it('carries every header the shop promises', () => {
    const headers = Object.fromEntries(securityHeaders([], settings));
    expect(headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'strict-origin-when-cross-origin',
    });
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['content-security-policy']).toContain("default-src 'self'");
  });
});
