'use server';

import { redirect } from '@/lib/i18n/navigation';
import { deleteProduct, saveProduct, setProductAvailability } from '@/lib/server/admin/products';
import { staffAction } from '@/lib/server/guarded-action';
import { parseProductForm } from '@/lib/validation/admin-product';
import { formFields } from '@/lib/validation/form';
import { parseId } from '@/lib/validation/id';

import type { ProductFormState } from './form-state';

/** Creates (no id field) or updates a product; back to the list on success (303). */
export const saveProductAction = staffAction(
  (formData) => `/admin/products/${parseId(formData.get('id')) ?? 'new'}`,
  async (
    { locale },
    _previous: ProductFormState,
    formData: FormData,
  ): Promise<ProductFormState> => {
    const id = parseId(formData.get('id'));
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
    if (!result.ok && 'missing' in result) redirect({ href: '/admin/products?missing=1', locale });
    if (!result.ok) return { errors: result.errors, values };
    redirect({ href: `/admin/products?saved=${result.id}`, locale });
  },
);

export const deleteProductAction = staffAction(
  () => '/admin/products',
  async ({ locale }, formData: FormData): Promise<void> => {
    const id = parseId(formData.get('id'));
    if (id !== undefined) await deleteProduct(id);
    redirect({ href: '/admin/products?deleted=1', locale });
  },
);

export const toggleAvailabilityAction = staffAction(
  () => '/admin/products',
  async ({ locale }, formData: FormData): Promise<void> => {
    const id = parseId(formData.get('id'));
    if (id !== undefined) await setProductAvailability(id, formData.get('available') === 'on');
    // Back to the same list, search included.
    const back = String(formData.get('back') ?? '');
    redirect({ href: `/admin/products${back.startsWith('?') ? back : ''}`, locale });
  },
);
