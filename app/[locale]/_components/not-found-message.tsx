import { useTranslations } from 'next-intl';

import { Link } from '@/lib/i18n/navigation';

export function NotFoundMessage() {
  const t = useTranslations('NotFound');
  return (
    <div className="mx-auto max-w-prose py-12 text-center">
      <title>{t('title')}</title>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-3 text-stone-700">{t('text')}</p>
      <p className="mt-6">
        <Link href="/" className="text-brand-700 underline">
          {t('backHome')}
        </Link>
      </p>
    </div>
  );
}
