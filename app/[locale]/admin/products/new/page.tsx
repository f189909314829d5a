import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { localeParam } from '@/lib/i18n/locale-param';
import { Link } from '@/lib/i18n/navigation';
import { categoryChoices } from '@/lib/server/admin/products';
import { requireStaff } from '@/lib/server/auth';
import { MAX_IMAGE_BYTES } from '@/lib/validation/admin-product';

import { ProductForm } from '../_components/product-form';

type Props = PageProps<'/[locale]/admin/products/new'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Admin.products' });
  return { title: t('newTitle') };
}

export default async function NewProductPage({ params }: Props) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  await requireStaff(locale, '/admin/products/new');
  const t = await getTranslations('Admin.products');
  return (
    <div className="flex flex-col gap-5">
      <Link href="/admin/products" className="text-sm text-brand-700 underline">
        {t('back')}
      </Link>
      <h1 className="text-2xl font-bold">{t('newTitle')}</h1>
      <ProductForm
        defaults={{ values: { available: 'on' } }}
        categories={await categoryChoices(locale)}
        maxImageBytes={MAX_IMAGE_BYTES}
      />
    </div>
  );
}
