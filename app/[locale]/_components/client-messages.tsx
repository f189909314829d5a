import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';

import {
  chromeMessages,
  pickMessages,
  sectionMessages,
  type MessageTree,
  type Section,
} from '@/lib/i18n/client-messages';
import type { Locale } from '@/lib/i18n/locales';

/**
 * Hands client components below it only the messages they translate (lib/i18n/client-messages.ts):
 * the whole catalogue would otherwise travel in every page's RSC payload. A nested provider
 * replaces the outer one's messages, so a section's provider carries the chrome's keys too.
 */
export async function ClientMessages({
  locale,
  section,
  children,
}: {
  locale: Locale;
  section?: Section;
  children: ReactNode;
}) {
  const messages: MessageTree = await getMessages({ locale });
  const paths = section ? [...chromeMessages, ...sectionMessages[section]] : chromeMessages;
  return (
    <NextIntlClientProvider locale={locale} messages={pickMessages(messages, paths)}>
      {children}
    </NextIntlClientProvider>
  );
}
