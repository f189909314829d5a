import 'server-only';

// use-intl/core rather than next-intl: next-intl's entry loads React client code, which stops
// `npm run worker` (outside Next's bundler) from starting.
import { createTranslator } from 'use-intl/core';

import type { Locale } from '../../i18n/locales';
import { MESSAGES } from '../messages';
import { statusPage } from '../status-page';

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
  return statusPage(locale, {
    title: t('title'),
    heading: t('heading'),
    text: t('text'),
    backHome: t('backHome'),
  });
}
