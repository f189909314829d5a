import 'server-only';

// use-intl/core rather than next-intl: next-intl's entry loads React client code, which stops
// `npm run worker` (outside Next's bundler) from starting.
import { createTranslator } from 'use-intl/core';

import { getDb } from '../database';
import { formatMoney, fromMinor, multiply } from '../../domain/money';
import { escapeHtml } from '../html';
import { MESSAGES } from '../messages';
import { loadOrderWithItems } from '../orders';
import { shopCurrency } from '../shop';
import type { MailMessage } from './message';

/**
 * The confirmation e-mail of an order, in the order's language, as plain text and HTML. Rendered
 * when its job runs, from the order as stored (the same figures as the admin and the payment).
 */
export async function renderOrderConfirmation(orderId: number): Promise<MailMessage> {
  const order = loadOrderWithItems(getDb(), orderId);
  if (!order) throw new Error(`order ${orderId} does not exist`);
  const { items } = order;
  const t = createTranslator({
    locale: order.locale,
    messages: MESSAGES[order.locale],
    namespace: 'Email',
  });
  const { code, digits } = shopCurrency();
  const money = (amount: string) => formatMoney(amount, code, order.locale);
  const lines = items.map((item) =>
    t('line', {
      quantity: item.quantity,
      name: item.productName,
      total: money(multiply(fromMinor(item.unitPriceMinor, digits), item.quantity, digits)),
    }),
  );
  const total = t('total', { total: money(fromMinor(order.totalMinor, digits)) });
  // With a coupon: what the items came to, and what the coupon took off (the total is after it).
  const discount =
    order.couponCode === null
      ? []
      : [
          t('subtotal', {
            subtotal: money(fromMinor(order.totalMinor + order.discountMinor, digits)),
          }),
          t('discount', {
            code: order.couponCode,
            discount: money(fromMinor(order.discountMinor, digits)),
          }),
        ];
  const paragraphs = [t('greeting', { name: order.firstName }), t('intro', { id: order.id })];

  const text = [
    ...paragraphs,
    '',
    `${t('items')}:`,
    ...lines.map((line) => `- ${line}`),
    '',
    ...discount,
    total,
    '',
    t('status'),
    t('closing'),
  ].join('\n');
  const html = [
    `<!doctype html><html lang="${order.locale}"><body style="font-family:sans-serif">`,
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    `<h2>${escapeHtml(t('items'))}</h2>`,
    `<ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`,
    ...discount.map((line) => `<p>${escapeHtml(line)}</p>`),
    `<p><strong>${escapeHtml(total)}</strong></p>`,
    `<p>${escapeHtml(t('status'))}</p><p>${escapeHtml(t('closing'))}</p>`,
    '</body></html>',
  ].join('\n');

  return { to: order.email, subject: t('subject', { id: order.id }), text, html };
}
