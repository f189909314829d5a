'use server';

import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';

import { deleteCoupon, saveCoupon, setCouponActive } from '@/lib/server/admin/coupons';
import { requireStaff } from '@/lib/server/auth';
import { couponFields, parseCouponForm } from '@/lib/validation/admin-coupon';
import { formFields, pickFields } from '@/lib/validation/form';
import { parseId } from '@/lib/validation/id';

import type { CouponFormState } from './form-state';

export async function saveCouponAction(
  _previous: CouponFormState,
  formData: FormData,
): Promise<CouponFormState> {
  const locale = await getLocale();
  const id = parseId(formData.get('id'));
  await requireStaff(locale, `/${locale}/admin/coupons/${id ?? 'new'}`);
  const fields = formFields(formData);
  const values = pickFields(fields, couponFields);
  const parsed = parseCouponForm(fields);
  if (!parsed.ok) return { errors: parsed.errors, values };
  const result = saveCoupon(id, parsed.data);
  if (!result.ok && 'missing' in result) redirect(`/${locale}/admin/coupons?missing=1`);
  if (!result.ok) return { errors: result.errors, values };
  redirect(`/${locale}/admin/coupons/${result.id}?saved=1`);
}

/** Deactivates (or activates again) a coupon: the way to end one that orders used. */
export async function toggleCouponAction(formData: FormData): Promise<void> {
  const locale = await getLocale();
  const id = parseId(formData.get('id'));
  await requireStaff(locale, `/${locale}/admin/coupons/${id ?? ''}`);
  if (id === undefined || !setCouponActive(id, formData.get('active') === 'on')) {
    redirect(`/${locale}/admin/coupons?missing=1`);
  }
  redirect(`/${locale}/admin/coupons/${id}?saved=1`);
}

export async function deleteCouponAction(formData: FormData): Promise<void> {
  const locale = await getLocale();
  await requireStaff(locale, `/${locale}/admin/coupons`);
  const id = parseId(formData.get('id'));
  const outcome = id === undefined ? 'missing' : deleteCoupon(id);
  // A coupon that orders used stays: its page says why.
  if (outcome === 'used') redirect(`/${locale}/admin/coupons/${id}?refused=1`);
  redirect(`/${locale}/admin/coupons?${outcome === 'deleted' ? 'deleted' : 'missing'}=1`);
}
