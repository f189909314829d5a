'use client';

import { useTranslations } from 'next-intl';

export default function LocaleError({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations('Error');
  return (
    <div role="alert" className="mx-auto max-w-prose py-12 text-center">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-3 text-stone-700">{t('text')}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
      >
        {t('retry')}
      </button>
    </div>
  );
}
