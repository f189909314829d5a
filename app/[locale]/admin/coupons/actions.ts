'use server';

import { redirect } from '@/lib/i18n/navigation';
import { deleteCoupon, saveCoupon, setCouponActive } from '@/lib/server/admin/coupons';
import { staffAction } from '@/lib/server/guarded-action';
import { couponFields, parseCouponForm } from '@/lib/validation/admin-coupon';
import { formFields, pickFields } from '@/lib/validation/form';
import { parseId } from '@/lib/validation/id';

import type { CouponFormState } from './form-state';

export const saveCouponAction = staffAction(
  (formData) => `/admin/coupons/${parseId(formData.get('id')) ?? 'new'}`,
  async ({ locale }, _previous: CouponFormState, formData: FormData): Promise<CouponFormState> => {
    const id = parseId(formData.get('id'));
    const fields = formFields(formData);
    const values = pickFields(fields, couponFields);
    const parsed = parseCouponForm(fields);
    if (!parsed.ok) return { errors: parsed.errors, values };
    const result = await saveCoupon(id, parsed.data);
    if (!result.ok && 'missing' in result) redirect({ href: '/admin/coupons?missing=1', locale });
    if (!result.ok) return { errors: result.errors, values };
    redirect({ href: `/admin/coupons/${result.id}?saved=1`, locale });
  },
);

/** Deactivates (or activates again) a coupon: the way to end one that orders used. */
export const toggleCouponAction = staffAction(
  (formData) => `/admin/coupons/${parseId(formData.get('id')) ?? ''}`,
  async ({ locale }, formData: FormData): Promise<void> => {
    const id = parseId(formData.get('id'));
    if (id === undefined || !(await setCouponActive(id, formData.get('active') === 'on'))) {
      redirect({ href: '/admin/coupons?missing=1', locale });
    }
    redirect({ href: `/admin/coupons/${id}?saved=1`, locale });
  },
);

export const deleteCouponAction = staffAction(
  () => '/admin/coupons',
  async ({ locale }, formData: FormData): Promise<void> => {
    const id = parseId(formData.get('id'));
    const outcome = id === undefined ? 'missing' : await deleteCoupon(id);
    // A coupon that orders used stays: its page says why.
    if (outcome === 'used') redirect({ href: `/admin/coupons/${id}?refused=1`, locale });
    redirect({
      href: `/admin/coupons?${outcome === 'deleted' ? 'deleted' : 'missing'}=1`,
      locale,
    });
  },
);
