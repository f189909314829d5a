'use client';

import { useLocale, useTranslations } from 'next-intl';

import { locales } from '@/lib/i18n/locales';
import { Link, usePathname } from '@/lib/i18n/navigation';

const itemClass =
  'rounded px-2 py-1 text-sm hover:bg-white aria-[current=true]:font-semibold aria-[current=true]:underline';

/**
 * Links to the same page in each language. A product or category slug differs per language; the
 * page redirects a slug from the other language to this one's, so the visitor stays on the page.
 */
export function LanguageSwitcher() {
  const pathname = usePathname();
  const current = useLocale();
  const t = useTranslations('Layout');
  return (
    <ul aria-label={t('language')} className="flex gap-1">
      {locales.map((locale) => (
        <li key={locale}>
          <Link
            href={pathname}
            locale={locale}
            hrefLang={locale}
            lang={locale}
            aria-current={locale === current ? 'true' : undefined}
            className={itemClass}
          >
            {t(`languageNames.${locale}`)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
