'use server';

import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';

import { deleteProduct, saveProduct, setProductAvailability } from '@/lib/server/admin/products';
import { requireStaff } from '@/lib/server/auth';
import { parseProductForm } from '@/lib/validation/admin-product';
import { formFields } from '@/lib/validation/form';
import { parseId } from '@/lib/validation/id';

import type { ProductFormState } from './form-state';

/** Creates (no id field) or updates a product; back to the list on success (303). */
export async function saveProductAction(
  _previous: ProductFormState,
  formData: FormData,
): Promise<ProductFormState> {
  const locale = await getLocale();
  const id = parseId(formData.get('id'));
  const here = `/${locale}/admin/products/${id ?? 'new'}`;
  await requireStaff(locale, here);
  const values = formFields(formData);
  delete values.id;
  const parsed = parseProductForm(values);
  const file = formData.get('image');
  const image =
    file instanceof File && file.size > 0
      ? { bytes: Buffer.from(await file.arrayBuffer()), size: file.size }
      : undefined;
  if (!parsed.ok) {
    // Say about the image too, so the form lists every problem at once.
    const errors = { ...parsed.errors };
    if (id === undefined && !image) errors.image ??= 'imageRequired';
    return { errors, values };
  }
  const result = await saveProduct(id, parsed.data, image);
  if (!result.ok && 'missing' in result) redirect(`/${locale}/admin/products?missing=1`);
  if (!result.ok) return { errors: result.errors, values };
  redirect(`/${locale}/admin/products?saved=${result.id}`);
}

export async function deleteProductAction(formData: FormData): Promise<void> {
  const locale = await getLocale();
  const id = parseId(formData.get('id'));
  await requireStaff(locale, `/${locale}/admin/products`);
  if (id !== undefined) deleteProduct(id);
  redirect(`/${locale}/admin/products?deleted=1`);
}

export async function toggleAvailabilityAction(formData: FormData): Promise<void> {
  const locale = await getLocale();
  await requireStaff(locale, `/${locale}/admin/products`);
  const id = parseId(formData.get('id'));
  if (id !== undefined) setProductAvailability(id, formData.get('available') === 'on');
  // Back to the same list, search included.
  const back = String(formData.get('back') ?? '');
  redirect(`/${locale}/admin/products${back.startsWith('?') ? back : ''}`);
}
