import 'server-only';

import { createTranslator } from 'use-intl/core';

import type { Locale } from '../i18n/locales';
import { escapeHtml } from './html';
import { MESSAGES } from './messages';

export type Refusal = 'forbidden' | 'tooLarge' | 'lengthRequired';

/**
 * The page a form post refused by the proxy gets (lib/server/post-guard.ts): a whole HTML
 * document in the visitor's language, for a browser without JavaScript that shows it as it is.
 */
export function refusalPage(locale: Locale, refusal: Refusal): string {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'Refused' });
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(t(`${refusal}.title`))}</title>
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
<p>${escapeHtml(t(`${refusal}.title`))}</p>
<h1>${escapeHtml(t(`${refusal}.heading`))}</h1>
<p>${escapeHtml(t(`${refusal}.text`))}</p>
<p><a href="/${locale}">${escapeHtml(t('backHome'))}</a></p>
</main>
</body>
</html>
`;
}
