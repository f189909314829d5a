import type { Locale } from '@/lib/i18n/locales';

import { ClientMessages } from '../_components/client-messages';

// Only the messages this section's client components translate reach the browser.
export default async function AccountLayout({
  children,
  params,
}: LayoutProps<'/[locale]/account'>) {
  const locale = (await params).locale as Locale;
  return (
    <ClientMessages locale={locale} section="account">
      {children}
    </ClientMessages>
  );
}
