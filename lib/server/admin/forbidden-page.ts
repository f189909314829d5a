import 'server-only';

// use-intl/core rather than next-intl: next-intl's entry loads React client code, which stops
// `npm run worker` (outside Next's bundler) from starting.
import { createTranslator } from 'use-intl/core';

import type { Locale } from '../../i18n/locales';
import { escapeHtml } from '../html';
import { MESSAGES } from '../messages';

/**
 * The "No access" page a logged-in customer gets at a staff address, as a whole HTML document.
 * The proxy answers with it directly: a rewrite to a page keeps status 200 in Next 16 (the
 * status given to NextResponse.rewrite is dropped), and a page cannot set its own status.
 */
export function forbiddenPage(locale: Locale): string {
  const t = createTranslator({
    locale,
    messages: MESSAGES[locale],
    namespace: 'Admin.forbidden',
  });
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(t('title'))}</title>
<style>
body{margin:0;font-family:system-ui,sans-serif;color:#1c1917;background:#fff;line-height:1.5}
main{max-width:40rem;margin:0 auto;padding:3rem 1rem;text-align:center}
h1{font-size:1.5rem;margin:.5rem 0}
p{color:#44403c}
a{color:#2f5227}
a:focus-visible{outline:2px solid #2f5227;outline-offset:2px}
</style>
</head>
<body>
<main>
<p>${escapeHtml(t('title'))}</p>
<h1>${escapeHtml(t('heading'))}</h1>
<p>${escapeHtml(t('text'))}</p>
<p><a href="/${locale}">${escapeHtml(t('backHome'))}</a></p>
</main>
</body>
</html>
`;
}
