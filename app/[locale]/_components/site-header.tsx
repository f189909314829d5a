import { useTranslations } from 'next-intl';

import { Link } from '@/lib/i18n/navigation';

import { CartLink } from './cart-count';
import { LanguageSwitcher } from './language-switcher';

export function SiteHeader() {
  const t = useTranslations('Layout');
  const tm = useTranslations('Metadata');
  return (
    <header className="border-b border-stone-200 bg-brand-50">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link
          href="/"
          aria-label={t('homeLink')}
          className="text-xl font-bold tracking-tight text-brand-800"
        >
          {tm('shopName')}
        </Link>
        <nav aria-label={t('mainNavigation')} className="flex items-center gap-4">
          <LanguageSwitcher />
          <CartLink />
        </nav>
      </div>
    </header>
  );
}
