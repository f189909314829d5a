import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { localeParam } from '@/lib/i18n/locale-param';
import { redirect } from '@/lib/i18n/navigation';
import { openAttempt } from '@/lib/server/payments/test-gateway';
import { visibleOrder } from '@/lib/server/payments/visible-order';
import { formatPrice, moneyFromMinor } from '@/lib/server/shop';

import { SubmitButton } from '../../../../_components/submit-button';
import { completeAuthenticationAction, failAuthenticationAction } from '../actions';

type Props = PageProps<'/[locale]/orders/[id]/pay/authenticate'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Payment' });
  return { title: t('authenticate.title'), robots: { index: false } };
}

/** The test gateway's stand-in for a bank's 3-D Secure page. */
export default async function AuthenticatePage({ params, searchParams }: Props) {
  const { id, ...rest } = await params;
  const locale = localeParam(rest.locale);
  setRequestLocale(locale);
  const order = await visibleOrder(id);
  if (!order) notFound();
  const payPage = `/orders/${order.id}/pay`;
  if (order.paid) redirect({ href: payPage, locale });
  const { attempt: sealed } = await searchParams;
  const attempt = typeof sealed === 'string' ? await openAttempt(sealed, order.id) : undefined;
  if (!attempt || typeof sealed !== 'string')
    redirect({ href: `${payPage}?failed=expired`, locale });
  const t = await getTranslations('Payment');
  const total = formatPrice(moneyFromMinor(attempt.amountMinor), locale);
  const button = 'rounded px-6 py-3 font-medium';

  return (
    <article className="mx-auto flex max-w-xl flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('authenticate.title')}</h1>
      <p className="rounded border border-amber-400 bg-amber-50 p-4 text-amber-950">
        {t('authenticate.notice', { total, id: order.id })}
      </p>
      <div className="flex flex-wrap gap-3">
        {(
          [
            [
              completeAuthenticationAction,
              'complete',
              `${button} bg-brand-700 text-white hover:bg-brand-800`,
            ],
            [
              failAuthenticationAction,
              'fail',
              `${button} border border-stone-400 hover:bg-stone-100`,
            ],
          ] as const
        ).map(([action, label, className]) => (
          <form key={label} action={action}>
            <input type="hidden" name="orderId" value={order.id} />
            <input type="hidden" name="attempt" value={sealed} />
            <SubmitButton className={className}>{t(`authenticate.${label}`)}</SubmitButton>
          </form>
        ))}
      </div>
    </article>
  );
}
