import 'server-only';

import type { Locale } from '../i18n/locales';
import en from '../i18n/messages/en.json';
import ru from '../i18n/messages/ru.json';
import { escapeHtml } from './html';

const messages = { en: en.FormRefused, ru: ru.FormRefused } satisfies Record<Locale, unknown>;

/**
 * The page a refused cart form post gets (403 from another site, 413 too large): a browser
 * without JavaScript shows it, so it says in the visitor's language that nothing changed.
 */
export function refusal(status: 403 | 413, locale: Locale): string {
  const t = messages[locale];
  const text = status === 403 ? t.forbidden : t.tooLarge;
  return (
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(t.title)}</title></head><body><main>` +
    `<h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(text)}</p>` +
    `<p><a href="/${locale}/cart">${escapeHtml(t.back)}</a></p></main></body></html>`
  );
}
