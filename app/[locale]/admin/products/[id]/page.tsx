import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { fromMinor } from '@/lib/domain/money';
import { localeParam } from '@/lib/i18n/locale-param';
import { locales } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { categoryChoices, findEditableProduct } from '@/lib/server/admin/products';
import { requireStaff } from '@/lib/server/auth';
import { shopCurrency } from '@/lib/server/shop';
import { MAX_IMAGE_BYTES } from '@/lib/validation/admin-product';
import { parseId } from '@/lib/validation/id';

import { SubmitButton } from '../../../_components/submit-button';
import { deleteProductAction } from '../actions';
import { ProductForm } from '../_components/product-form';

type Props = PageProps<'/[locale]/admin/products/[id]'>;

async function editable(id: string) {
  const productId = parseId(id);
  return productId === undefined ? undefined : findEditableProduct(productId);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, ...rest } = await params;
  const locale = localeParam(rest.locale);
  const t = await getTranslations({ locale, namespace: 'Admin.products' });
  const name = (await editable(id))?.translations[locale]?.name ?? id;
  return { title: t('editTitle', { name }) };
}

export default async function EditProductPage({ params }: Props) {
  const { id, ...rest } = await params;
  const locale = localeParam(rest.locale);
  setRequestLocale(locale);
  await requireStaff(locale, `/admin/products/${id}`);
  const product = await editable(id);
  if (!product) notFound();
  const t = await getTranslations('Admin.products');
  const values: Record<string, string> = {
    categoryId: String(product.categoryId),
    price: fromMinor(product.priceMinor, shopCurrency().digits),
    available: product.available ? 'on' : '',
  };
  for (const language of locales) {
    const translation = product.translations[language];
    values[`name-${language}`] = translation?.name ?? '';
    values[`slug-${language}`] = translation?.slug ?? '';
    values[`description-${language}`] = translation?.description ?? '';
  }
  const name = product.translations[locale]?.name ?? String(product.id);
  const slug = product.translations[locale]?.slug;

  return (
    <div className="flex flex-col gap-5">
      <Link href="/admin/products" className="text-sm text-brand-700 underline">
        {t('back')}
      </Link>
      <h1 className="text-2xl font-bold break-words">{t('editTitle', { name })}</h1>
      {slug && product.available && (
        <Link href={`/products/${slug}`} className="text-sm text-brand-700 underline">
          {t('view')}
        </Link>
      )}
      <ProductForm
        defaults={{ id: product.id, values, image: product.image }}
        categories={await categoryChoices(locale)}
        maxImageBytes={MAX_IMAGE_BYTES}
      />
      <form
        action={deleteProductAction}
        className="flex flex-col items-start gap-2 border-t border-stone-200 pt-5"
      >
        <input type="hidden" name="id" value={product.id} />
        <p className="text-sm text-stone-700">{t('deleteHint')}</p>
        <SubmitButton
          pendingLabel={t('deleting')}
          className="rounded border border-red-700 px-4 py-2 font-medium text-red-800 hover:bg-red-50"
        >
          {t('delete')}
        </SubmitButton>
      </form>
    </div>
  );
}
