import { useTranslations } from 'next-intl';

export function SiteFooter() {
  const t = useTranslations('Layout');
  return (
    <footer className="border-t border-stone-200 bg-stone-50">
      <p className="mx-auto max-w-6xl px-4 py-6 text-sm text-stone-700">{t('footer')}</p>
    </footer>
  );
}
