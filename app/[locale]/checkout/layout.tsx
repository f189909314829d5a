import type { Locale } from '@/lib/i18n/locales';

import { ClientMessages } from '../_components/client-messages';

// Only the messages this section's client components translate reach the browser.
export default async function CheckoutLayout({
  children,
  params,
}: LayoutProps<'/[locale]/checkout'>) {
  const locale = (await params).locale as Locale;
  return (
    <ClientMessages locale={locale} section="checkout">
      {children}
    </ClientMessages>
  );
}
