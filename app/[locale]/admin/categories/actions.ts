'use server';

import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';

import { deleteCategory, saveCategory } from '@/lib/server/admin/categories';
import { requireStaff } from '@/lib/server/auth';
import { categoryFields, parseCategoryForm } from '@/lib/validation/admin-category';
import { formFields, pickFields } from '@/lib/validation/form';
import { parseId } from '@/lib/validation/id';

import type { CategoryFormState } from './form-state';

export async function saveCategoryAction(
  _previous: CategoryFormState,
  formData: FormData,
): Promise<CategoryFormState> {
  const locale = await getLocale();
  const id = parseId(formData.get('id'));
  await requireStaff(locale, `/${locale}/admin/categories/${id ?? 'new'}`);
  const fields = formFields(formData);
  const values = pickFields(fields, categoryFields);
  const parsed = parseCategoryForm(values);
  if (!parsed.ok) return { errors: parsed.errors, values };
  const result = saveCategory(id, parsed.data);
  if (!result.ok && 'missing' in result) redirect(`/${locale}/admin/categories?missing=1`);
  if (!result.ok) return { errors: result.errors, values };
  redirect(`/${locale}/admin/categories?saved=${result.id}`);
}

export async function deleteCategoryAction(formData: FormData): Promise<void> {
  const locale = await getLocale();
  await requireStaff(locale, `/${locale}/admin/categories`);
  const id = parseId(formData.get('id'));
  const outcome = id === undefined ? 'missing' : deleteCategory(id);
  // A category with products stays: its page says why.
  if (outcome === 'hasProducts') redirect(`/${locale}/admin/categories/${id}?refused=1`);
  redirect(`/${locale}/admin/categories?deleted=1`);
}
