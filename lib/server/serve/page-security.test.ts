import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import type { SecuritySettings } from '../security-headers';
import { securePage } from './page-security';

const settings: SecuritySettings = { secure: false, formTargets: [], development: false };

describe('securePage', () => {
  it('replaces the render’s security headers with a CSP allowing its inline scripts by hash', () => {
    const page = securePage(
      {
        status: 200,
        headers: [
          ['content-type', 'text/html; charset=utf-8'],
          ['content-security-policy', "script-src 'nonce-x'"],
          ['x-frame-options', 'SAMEORIGIN'],
        ],
        body: Buffer.from('<html><script>go()</script></html>'),
      },
      settings,
    );
    const hash = createHash('sha256').update('go()').digest('base64');
    const csp = page.headers.filter(([name]) => name === 'content-security-policy');
    expect(csp).toHaveLength(1);
    expect(csp[0]![1]).toContain(`script-src 'self' 'sha256-${hash}'`);
    expect(page.headers.filter(([name]) => name === 'x-frame-options')).toEqual([
      ['x-frame-options', 'DENY'],
    ]);
    expect(page.headers.map(([name]) => name)).not.toContain('strict-transport-security');
  });

  it('allows no inline script in a response that is not HTML', () => {
    const page = securePage(
      { status: 308, headers: [['location', '/en']], body: Buffer.from('<script>x</script>') },
      settings,
    );
    const csp = page.headers.find(([name]) => name === 'content-security-policy')?.[1];
    expect(csp).toContain("script-src 'self';");
  });
});
