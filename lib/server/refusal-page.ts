import 'server-only';

import { createTranslator } from 'use-intl/core';

import type { Locale } from '../i18n/locales';
import { MESSAGES } from './messages';
import { statusPage } from './status-page';

export type Refusal = 'forbidden' | 'tooLarge' | 'lengthRequired';

/**
 * The page a form post refused by the proxy gets (lib/server/post-guard.ts): a whole HTML
 * document in the visitor's language, for a browser without JavaScript that shows it as it is.
 */
export function refusalPage(locale: Locale, refusal: Refusal): string {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'Refused' });
  return statusPage(locale, {
    title: t(`${refusal}.title`),
    heading: t(`${refusal}.heading`),
    text: t(`${refusal}.text`),
    backHome: t('backHome'),
  });
}
