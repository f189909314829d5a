import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { localeParam } from '@/lib/i18n/locale-param';
import { Link, redirect } from '@/lib/i18n/navigation';
import { currentUser, safeReturnPath } from '@/lib/server/auth';

import { RegisterForm } from '../_components/register-form';

type Props = PageProps<'/[locale]/account/register'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Account' });
  return {
    title: t('registerTitle'),
    description: t('registerMetaDescription'),
    robots: { index: false },
  };
}

export default async function RegisterPage({ params, searchParams }: Props) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  if (await currentUser()) redirect({ href: '/account', locale });
  const next = safeReturnPath((await searchParams).next);
  const t = await getTranslations('Account');
  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('registerTitle')}</h1>
      <RegisterForm next={next} />
      <p className="text-sm">
        {t('haveAccount')}{' '}
        <Link
          href={next ? { pathname: '/account/login', query: { next } } : '/account/login'}
          className="text-brand-700 underline"
        >
          {t('loginLink')}
        </Link>
      </p>
    </div>
  );
}
