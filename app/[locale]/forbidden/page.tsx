import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';

type Props = PageProps<'/[locale]/forbidden'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: 'Admin.forbidden' });
  return { title: t('title'), robots: { index: false } };
}

// What a logged-in customer sees at a staff address: the proxy rewrites /{locale}/admin/* here
// with status 403 (a page cannot set its own status).
export default async function ForbiddenPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations('Admin.forbidden');
  return (
    <div className="mx-auto max-w-prose py-12 text-center">
      <p className="text-sm font-medium text-stone-700">{t('title')}</p>
      <h1 className="mt-2 text-2xl font-bold">{t('heading')}</h1>
      <p className="mt-3 text-stone-700">{t('text')}</p>
      <p className="mt-6">
        <Link href="/" className="text-brand-700 underline">
          {t('backHome')}
        </Link>
      </p>
    </div>
  );
}
