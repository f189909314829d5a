import { localeParam } from '@/lib/i18n/locale-param';

import { ClientMessages } from '../../../_components/client-messages';

// Only the messages the card form translates reach the browser.
export default async function PayLayout({
  children,
  params,
}: LayoutProps<'/[locale]/orders/[id]/pay'>) {
  const locale = localeParam((await params).locale);
  return (
    <ClientMessages locale={locale} section="orders/[id]/pay">
      {children}
    </ClientMessages>
  );
}
