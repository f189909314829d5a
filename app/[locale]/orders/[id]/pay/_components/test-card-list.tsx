import { getTranslations } from 'next-intl/server';

import { TEST_CARDS } from '@/lib/domain/test-cards';

/** Says plainly that this is not a real payment, and which cards to use. */
export async function TestCardList() {
  const t = await getTranslations('Payment.testGateway');
  return (
    <section
      aria-labelledby="test-gateway"
      className="flex flex-col gap-2 rounded border border-amber-400 bg-amber-50 p-4 text-sm text-amber-950"
    >
      <h2 id="test-gateway" className="text-base font-semibold">
        {t('heading')}
      </h2>
      <p>{t('notice')}</p>
      <ul aria-label={t('cardsLabel')} className="flex flex-col gap-1">
        {Object.entries(TEST_CARDS).map(([number, outcome]) => (
          <li key={number}>
            <code className="font-mono whitespace-nowrap">
              {number.replace(/(\d{4})(?=\d)/g, '$1 ')}
            </code>
            {' — '}
            {t(`cards.${outcome}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
