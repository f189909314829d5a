import { describe, expect, it } from 'vitest';

import { escapeHtml } from './html';

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters and leaves the rest', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a> Привет`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt; Привет',
    );
  });
});
