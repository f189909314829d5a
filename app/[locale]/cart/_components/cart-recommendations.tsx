import { getTranslations } from 'next-intl/server';

import type { Locale } from '@/lib/i18n/locales';
import { cartRecommendations } from '@/lib/server/recommendations';

import { RecommendedProducts } from '../../_components/recommended-products';

/** "You may also like": bought together with the cart's products, none of them, one query. */
export async function CartRecommendations({
  productIds,
  locale,
}: {
  productIds: number[];
  locale: Locale;
}) {
  const [products, t] = await Promise.all([
    cartRecommendations(productIds, locale),
    getTranslations({ locale, namespace: 'Recommendations' }),
  ]);
  return (
    <RecommendedProducts
      id="you-may-also-like"
      title={t('youMayAlsoLike')}
      products={products}
      locale={locale}
    />
  );
}
