import { localeParam } from '@/lib/i18n/locale-param';

import { ClientMessages } from '../_components/client-messages';

// Only the messages this section's client components translate reach the browser.
export default async function AccountLayout({
  children,
  params,
}: LayoutProps<'/[locale]/account'>) {
  const locale = localeParam((await params).locale);
  return (
    <ClientMessages locale={locale} section="account">
      {children}
    </ClientMessages>
  );
}
