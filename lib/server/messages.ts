import 'server-only';

import type { Locale } from '../i18n/locales';
import en from '../i18n/messages/en.json';
import ru from '../i18n/messages/ru.json';

/** Every locale's messages, for translating outside a request (mails, PDFs, the proxy). */
export const MESSAGES = { en, ru } satisfies Record<Locale, typeof en>;
