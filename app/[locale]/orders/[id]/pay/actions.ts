'use server';

import { getLocale } from 'next-intl/server';

import { cardFields } from '@/lib/domain/test-cards';
import type { Locale } from '@/lib/i18n/locales';
import { redirect } from '@/lib/i18n/navigation';
import {
  completeAuthentication,
  openAttempt,
  payWithTestCard,
} from '@/lib/server/payments/test-gateway';
import { visibleOrder } from '@/lib/server/payments/visible-order';
import { formFields, pickFields } from '@/lib/validation/form';

import type { CardFormState } from './form-state';

const ECHO_MAX_LENGTH = 1000;

async function orderOf(fields: Record<string, string>, locale: Locale) {
  const order = await visibleOrder(fields.orderId);
  if (!order) redirect({ href: '/not-found', locale });
  return order;
}

export async function payWithTestCardAction(
  _previous: CardFormState,
  formData: FormData,
): Promise<CardFormState> {
  const locale = await getLocale();
  const fields = formFields(formData);
  const order = await orderOf(fields, locale);
  // Each field is checked as typed: cutting it first would let an over-long name through, shortened.
  const card = pickFields(fields, cardFields);
  const result = await payWithTestCard(order, card);
  // A refused form comes back filled in, except the CVC: a security code is never sent back. What
  // comes back is capped, well above anything valid, so that a huge post is not echoed in full.
  const values = Object.fromEntries(
    cardFields.map((field) => [
      field,
      field === 'cvc' ? '' : card[field].slice(0, ECHO_MAX_LENGTH),
    ]),
  );
  const payPage = `/orders/${order.id}/pay`;
  if (result.ok && result.next === 'paid') {
    redirect({ href: `/payment/completed?order=${order.id}`, locale });
  }
  if (result.ok) {
    const attempt = encodeURIComponent(result.attempt);
    redirect({ href: `${payPage}/authenticate?attempt=${attempt}`, locale });
  }
  switch (result.code) {
    case 'INVALID':
      return { errors: result.errors, values };
    case 'DECLINED':
      return { problem: 'declined', values };
    case 'NOT_PAID':
      return { problem: 'failed', values };
    default:
      // Already paid (a stale tab) or no test gateway: the payment page says which.
      redirect({ href: payPage, locale });
  }
}

export async function completeAuthenticationAction(formData: FormData): Promise<void> {
  const locale = await getLocale();
  const fields = formFields(formData);
  const order = await orderOf(fields, locale);
  const payPage = `/orders/${order.id}/pay`;
  const attempt = await openAttempt(fields.attempt, order.id);
  if (!attempt) redirect({ href: `${payPage}?failed=expired`, locale });
  const result = await completeAuthentication(attempt);
  if (result.ok) redirect({ href: `/payment/completed?order=${order.id}`, locale });
  redirect({ href: payPage, locale });
}

export async function failAuthenticationAction(formData: FormData): Promise<void> {
  const locale = await getLocale();
  const order = await orderOf(formFields(formData), locale);
  redirect({ href: `/orders/${order.id}/pay?failed=authentication`, locale });
}
