import 'server-only';

import { connection } from 'next/server';

import type { Locale } from '../i18n/locales';
import type { ProductCard } from './catalog';
import { readBoughtWith, readCartRecommendations } from './recommendation-statements';

// What the product and cart pages show; connection() keeps Next from baking build-time rows in.

export async function boughtWith(productId: number, locale: Locale): Promise<ProductCard[]> {
  await connection();
  return readBoughtWith(productId, locale);
}

export async function cartRecommendations(
  productIds: readonly number[],
  locale: Locale,
): Promise<ProductCard[]> {
  await connection();
  return readCartRecommendations(productIds, locale);
}
