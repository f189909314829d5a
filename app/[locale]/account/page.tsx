import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { localeParam } from '@/lib/i18n/locale-param';
import { Link } from '@/lib/i18n/navigation';
import { requireUser } from '@/lib/server/auth';
import { MIN_PASSWORD_LENGTH } from '@/lib/validation/account';

import { LogoutButton } from './_components/logout-button';
import { LogoutEverywhereButton } from './_components/logout-everywhere-button';
import { PasswordChangeForm } from './_components/password-change-form';

type Props = PageProps<'/[locale]/account'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Account' });
  return {
    title: t('accountTitle'),
    description: t('accountMetaDescription'),
    robots: { index: false },
  };
}

export default async function AccountPage({ params, searchParams }: Props) {
  const locale = localeParam((await params).locale);
  // Set by the password change, which sends the browser back here (a 303 without JavaScript).
  const passwordChanged = (await searchParams).password === 'changed';
  setRequestLocale(locale);
  const user = await requireUser(locale, '/account');
  const t = await getTranslations('Account');
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('accountTitle')}</h1>
      {passwordChanged && (
        <p
          role="status"
          className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900"
        >
          {t('passwordChanged')}
        </p>
      )}
      <section aria-labelledby="account-details" className="flex flex-col gap-2">
        <h2 id="account-details" className="text-lg font-semibold">
          {t('details')}
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
          <dt className="font-medium">{t('name')}</dt>
          <dd className="break-words">{user.name}</dd>
          <dt className="font-medium">{t('email')}</dt>
          <dd className="break-all">{user.email}</dd>
        </dl>
      </section>
      <ul className="flex flex-col gap-2">
        <li>
          <Link href="/account/orders" className="text-brand-700 underline">
            {t('ordersLink')}
          </Link>
        </li>
        {user.isStaff && (
          <li>
            <Link href="/admin/orders" className="text-brand-700 underline">
              {t('adminLink')}
            </Link>
          </li>
        )}
      </ul>
      <LogoutButton className="self-start rounded border border-stone-400 px-4 py-2 hover:bg-stone-100" />
      <section aria-labelledby="account-sessions" className="flex flex-col gap-2">
        <h2 id="account-sessions" className="text-lg font-semibold">
          {t('sessionsHeading')}
        </h2>
        <p className="text-sm text-stone-700">{t('logOutEverywhereText')}</p>
        <LogoutEverywhereButton className="self-start rounded border border-stone-400 px-4 py-2 hover:bg-stone-100" />
      </section>
      <section aria-labelledby="account-password" className="flex flex-col gap-2">
        <h2 id="account-password" className="text-lg font-semibold">
          {t('passwordHeading')}
        </h2>
        <p className="text-sm text-stone-700">{t('passwordChangeText')}</p>
        <PasswordChangeForm minLength={MIN_PASSWORD_LENGTH} />
      </section>
    </div>
  );
}
