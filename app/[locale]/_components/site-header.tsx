import { useTranslations } from 'next-intl';

import { Link } from '@/lib/i18n/navigation';

import { LogoutButton } from '../account/_components/logout-button';
import { CartLink } from './cart-count';
import { LanguageSwitcher } from './language-switcher';

const accountLinkClass = 'rounded px-2 py-1 text-sm hover:bg-white';

/** The logged-in user, as far as the header goes; undefined for a visitor. */
export type HeaderUser = { name: string; isStaff: boolean };

export function SiteHeader({ user }: { user?: HeaderUser }) {
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
        <nav
          aria-label={t('mainNavigation')}
          className="flex flex-wrap items-center gap-x-4 gap-y-2"
        >
          <LanguageSwitcher />
          {user ? (
            <ul className="flex flex-wrap items-center gap-1">
              {user.isStaff && (
                <li>
                  <Link href="/admin/orders" className={accountLinkClass}>
                    {t('admin')}
                  </Link>
                </li>
              )}
              <li>
                <Link
                  href="/account"
                  aria-label={t('accountLabel', { name: user.name })}
                  className={`${accountLinkClass} inline-block max-w-40 truncate align-bottom`}
                >
                  {user.name}
                </Link>
              </li>
              <li>
                <LogoutButton className={`${accountLinkClass} underline`} />
              </li>
            </ul>
          ) : (
            <ul className="flex items-center gap-1">
              <li>
                <Link href="/account/login" className={accountLinkClass}>
                  {t('logIn')}
                </Link>
              </li>
              <li>
                <Link href="/account/register" className={accountLinkClass}>
                  {t('register')}
                </Link>
              </li>
            </ul>
          )}
          <CartLink />
        </nav>
      </div>
    </header>
  );
}
