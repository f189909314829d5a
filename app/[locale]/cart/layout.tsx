import { localeParam } from '@/lib/i18n/locale-param';

import { ClientMessages } from '../_components/client-messages';

// Only the messages this section's client components translate reach the browser.
export default async function CartLayout({ children, params }: LayoutProps<'/[locale]/cart'>) {
  const locale = localeParam((await params).locale);
  return (
    <ClientMessages locale={locale} section="cart">
      {children}
    </ClientMessages>
  );
}
