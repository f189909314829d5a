import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { localeParam } from '@/lib/i18n/locale-param';
import { requireStaff } from '@/lib/server/auth';

import { ClientMessages } from '../_components/client-messages';
import { AdminNav } from './_components/admin-nav';

export async function generateMetadata({
  params,
}: LayoutProps<'/[locale]/admin'>): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

export default async function AdminLayout({ children, params }: LayoutProps<'/[locale]/admin'>) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  // The proxy has already turned away visitors and customers; this is the safety net.
  await requireStaff(locale, '/admin');
  // The admin's forms get their messages here; no shopper's page carries them.
  return (
    <ClientMessages locale={locale} section="admin">
      <div className="flex flex-col gap-6">
        <AdminNav />
        {children}
      </div>
    </ClientMessages>
  );
}
