import 'server-only';

import type { Locale } from '../i18n/locales';
import { escapeHtml } from './html';

export type StatusPageText = { title: string; heading: string; text: string; backHome: string };

/**
 * A whole HTML document for an answer the proxy or the page server gives before Next renders
 * anything (403 at a staff address, a refused form post): readable without JavaScript and without
 * the site's stylesheet, in the visitor's language, with a way back to the catalog.
 */
export function statusPage(locale: Locale, words: StatusPageText): string {
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(words.title)}</title>
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
<p>${escapeHtml(words.title)}</p>
<h1>${escapeHtml(words.heading)}</h1>
<p>${escapeHtml(words.text)}</p>
<p><a href="/${locale}">${escapeHtml(words.backHome)}</a></p>
</main>
</body>
</html>
`;
}
