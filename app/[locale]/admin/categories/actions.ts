'use server';

import { redirect } from '@/lib/i18n/navigation';
import { deleteCategory, saveCategory } from '@/lib/server/admin/categories';
import { staffAction } from '@/lib/server/guarded-action';
import { categoryFields, parseCategoryForm } from '@/lib/validation/admin-category';
import { formFields, pickFields } from '@/lib/validation/form';
import { parseId } from '@/lib/validation/id';

import type { CategoryFormState } from './form-state';

const editPage = (formData: FormData) =>
  `/admin/categories/${parseId(formData.get('id')) ?? 'new'}`;

export const saveCategoryAction = staffAction(
  editPage,
  async (
    { locale },
    _previous: CategoryFormState,
    formData: FormData,
  ): Promise<CategoryFormState> => {
    const id = parseId(formData.get('id'));
    const values = pickFields(formFields(formData), categoryFields);
    const parsed = parseCategoryForm(values);
    if (!parsed.ok) return { errors: parsed.errors, values };
    const result = await saveCategory(id, parsed.data);
    if (!result.ok && 'missing' in result) {
      redirect({ href: '/admin/categories?missing=1', locale });
    }
    if (!result.ok) return { errors: result.errors, values };
    redirect({ href: `/admin/categories?saved=${result.id}`, locale });
  },
);

export const deleteCategoryAction = staffAction(
  () => '/admin/categories',
  async ({ locale }, formData: FormData): Promise<void> => {
    const id = parseId(formData.get('id'));
    const outcome = id === undefined ? 'missing' : await deleteCategory(id);
    // A category with products stays: its page says why.
    if (outcome === 'hasProducts') redirect({ href: `/admin/categories/${id}?refused=1`, locale });
    redirect({ href: '/admin/categories?deleted=1', locale });
  },
);
