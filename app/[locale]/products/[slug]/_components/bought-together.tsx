import { getTranslations } from 'next-intl/server';

import type { Locale } from '@/lib/i18n/locales';
import { boughtWith } from '@/lib/server/recommendations';

import { RecommendedProducts } from '../../../_components/recommended-products';

/** "Bought together with this": the same for every visitor, so cached with the page. */
export async function BoughtTogether({ productId, locale }: { productId: number; locale: Locale }) {
  const [products, t] = await Promise.all([
    boughtWith(productId, locale),
    getTranslations({ locale, namespace: 'Recommendations' }),
  ]);
  return (
    <RecommendedProducts
      id="bought-together"
      title={t('boughtTogether')}
      products={products}
      locale={locale}
    />
  );
}
