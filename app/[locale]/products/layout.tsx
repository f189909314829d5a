import type { Locale } from '@/lib/i18n/locales';

import { ClientMessages } from '../_components/client-messages';

// Only the messages this section's client components translate reach the browser.
export default async function ProductsLayout({
  children,
  params,
}: LayoutProps<'/[locale]/products'>) {
  const locale = (await params).locale as Locale;
  return (
    <ClientMessages locale={locale} section="products">
      {children}
    </ClientMessages>
  );
}
