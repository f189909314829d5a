import { localeParam } from '@/lib/i18n/locale-param';

import { ClientMessages } from '../_components/client-messages';

// Only the messages this section's client components translate reach the browser.
export default async function CheckoutLayout({
  children,
  params,
}: LayoutProps<'/[locale]/checkout'>) {
  const locale = localeParam((await params).locale);
  return (
    <ClientMessages locale={locale} section="checkout">
      {children}
    </ClientMessages>
  );
}
