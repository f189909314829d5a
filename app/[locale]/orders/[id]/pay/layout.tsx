import type { Locale } from '@/lib/i18n/locales';

import { ClientMessages } from '../../../_components/client-messages';

// Only the messages the card form translates reach the browser.
export default async function PayLayout({
  children,
  params,
}: LayoutProps<'/[locale]/orders/[id]/pay'>) {
  const locale = (await params).locale as Locale;
  return (
    <ClientMessages locale={locale} section="orders/[id]/pay">
      {children}
    </ClientMessages>
  );
}
