import type { Metadata } from 'next';
import Image from 'next/image';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { localeParam } from '@/lib/i18n/locale-param';
import { Link, permanentRedirect } from '@/lib/i18n/navigation';
import { cartFromSession, cartLimits } from '@/lib/server/cart';
import { findProductBySlug } from '@/lib/server/catalog';
import { pageVariant } from '@/lib/server/page-variant';
import { resolveSlug } from '@/lib/server/slug-routing';
import { readSession } from '@/lib/server/session';
import { formatPrice, moneyFromMinor, shopCurrency } from '@/lib/server/shop';
import {
  inlineJson,
  pageAlternates,
  productJsonLd,
  productPaths,
  siteOrigin,
} from '@/lib/server/seo';

import { refusedChange } from '../../cart/refused-change';
import { AddToCartForm } from './_components/add-to-cart-form';
import { BoughtTogether } from './_components/bought-together';

type Props = PageProps<'/[locale]/products/[slug]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, ...rest } = await params;
  const locale = localeParam(rest.locale);
  const product = await findProductBySlug(locale, decodeURIComponent(slug));
  if (!product) return {};
  const description = product.description.slice(0, 160);
  const paths = await productPaths(product.id);
  const image = { url: `/media/${product.image}`, width: 800, height: 800, alt: product.name };
  return {
    title: product.name,
    description,
    alternates: paths && pageAlternates(paths, locale),
    openGraph: { type: 'website', title: product.name, description, images: [image] },
    twitter: { card: 'summary_large_image', title: product.name, description, images: [image] },
  };
}

export default async function ProductPage({ params, searchParams }: Props) {
  const { slug, ...rest } = await params;
  const locale = localeParam(rest.locale);
  setRequestLocale(locale);
  const product = await findProductBySlug(locale, decodeURIComponent(slug));
  if (!product) {
    // The proxy has already redirected another language's slug or answered 404; this covers a
    // product renamed or deleted in between.
    const resolution = await resolveSlug('products', locale, decodeURIComponent(slug));
    if (resolution.kind === 'translated')
      permanentRedirect({
        href: `/products/${encodeURIComponent(resolution.slug)}`,
        locale,
      });
    notFound();
  }
  const t = await getTranslations('Product');
  const inCart =
    (await pageVariant())?.inCart ??
    cartFromSession(await readSession()).lines.find((line) => line.productId === product.id)
      ?.quantity ??
    0;

  const origin = siteOrigin();
  const structured = productJsonLd(
    {
      ...product,
      price: moneyFromMinor(product.priceMinor),
      currency: shopCurrency().code,
    },
    `${origin}/${locale}/products/${encodeURIComponent(product.slug)}`,
    origin,
  );

  return (
    <article className="grid gap-6 md:grid-cols-2">
      <script
        type="application/ld+json"
        // Data, not code: inlineJson escapes "<", so nothing in a name can close the tag.
        dangerouslySetInnerHTML={{ __html: inlineJson(structured) }}
      />
      <Image
        src={`/media/${product.image}`}
        alt={product.name}
        width={800}
        height={800}
        sizes="(min-width: 768px) 50vw, 100vw"
        // The page's largest paint: fetched first, before the scripts.
        preload
        fetchPriority="high"
        className="aspect-square w-full rounded-lg object-cover"
      />
      <div className="flex flex-col gap-4">
        <p className="text-sm">
          <Link href={`/category/${product.category.slug}`} className="text-brand-700 underline">
            {product.category.name}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{product.name}</h1>
        <p className="text-xl font-semibold">
          <span className="sr-only">{t('price')}: </span>
          {formatPrice(moneyFromMinor(product.priceMinor), locale)}
        </p>
        <p className={product.available ? 'text-brand-700' : 'font-medium text-red-800'}>
          {product.available ? t('inStock') : t('outOfStock')}
        </p>
        {product.available ? (
          <AddToCartForm
            productId={product.id}
            inCart={inCart}
            maxQuantity={cartLimits().maxQuantity}
            refused={refusedChange(await searchParams, locale)}
          />
        ) : (
          <p className="text-sm text-stone-700">{t('cannotOrder')}</p>
        )}
        <p className="leading-relaxed text-stone-800">{product.description}</p>
        <p>
          <Link href="/" className="text-brand-700 underline">
            {t('backToCatalog')}
          </Link>
        </p>
      </div>
      <BoughtTogether productId={product.id} locale={locale} />
    </article>
  );
}
