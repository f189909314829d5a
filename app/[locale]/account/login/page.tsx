import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { localeParam } from '@/lib/i18n/locale-param';
import { Link, redirect } from '@/lib/i18n/navigation';
import { currentUser, safeReturnPath } from '@/lib/server/auth';

import { LoginForm } from '../_components/login-form';

type Props = PageProps<'/[locale]/account/login'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Account' });
  return {
    title: t('loginTitle'),
    description: t('loginMetaDescription'),
    robots: { index: false },
  };
}

export default async function LoginPage({ params, searchParams }: Props) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  if (await currentUser()) redirect({ href: '/account', locale });
  // Only a path on this site: a link to the login page must not send anyone elsewhere afterwards.
  const next = safeReturnPath((await searchParams).next);
  const t = await getTranslations('Account');
  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('loginTitle')}</h1>
      <LoginForm next={next} />
      <p className="text-sm">
        {t('noAccount')}{' '}
        <Link
          href={next ? { pathname: '/account/register', query: { next } } : '/account/register'}
          className="text-brand-700 underline"
        >
          {t('registerLink')}
        </Link>
      </p>
    </div>
  );
}
