import 'server-only';

// use-intl/core rather than next-intl: next-intl's entry loads React client code, which stops
// `npm run worker` (outside Next's bundler) from starting.
import { createTranslator } from 'use-intl/core';

import { getDb } from '../database';
import { formatMoney, fromMinor } from '../../domain/money';
import { env } from '../../validation/env';
import { escapeHtml } from '../html';
import { renderInvoice } from '../invoice';
import { MESSAGES } from '../messages';
import { loadOrderWithItems } from '../orders';
import { shopCurrency } from '../shop';
import type { MailMessage } from './message';

/** The paid order's invoice e-mail, in the order's language, with the PDF invoice attached. */
export async function renderInvoiceMail(orderId: number): Promise<MailMessage> {
  // Not findOrder(): that one is for pages (it waits for a request), and jobs run outside any.
  const order = loadOrderWithItems(getDb(), orderId);
  if (!order) throw new Error(`order ${orderId} does not exist`);
  const t = createTranslator({
    locale: order.locale,
    messages: MESSAGES[order.locale],
    namespace: 'Payment.invoiceMail',
  });
  const shopName = env().SHOP_NAME;
  const pdf = await renderInvoice(order, shopName);
  const paragraphs = [
    t('greeting', { name: order.firstName }),
    t('body', { id: order.id }),
    ...couponLine(order),
    t('closing', { shop: shopName }),
  ];
  return {
    to: order.email,
    subject: t('subject', { id: order.id }),
    text: paragraphs.join('\n\n'),
    html: [
      `<!doctype html><html lang="${order.locale}"><body style="font-family:sans-serif">`,
      ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
      '</body></html>',
    ].join('\n'),
    attachments: [
      {
        filename: t('filename', { id: order.id }),
        contentBase64: pdf.toString('base64'),
        contentType: 'application/pdf',
      },
    ],
  };
}

/** The coupon and what it took off, as the confirmation e-mail says it; none without a coupon. */
function couponLine(order: NonNullable<ReturnType<typeof loadOrderWithItems>>): string[] {
  if (order.couponCode === null) return [];
  const t = createTranslator({
    locale: order.locale,
    messages: MESSAGES[order.locale],
    namespace: 'Email',
  });
  const { code, digits } = shopCurrency();
  const discount = formatMoney(fromMinor(order.discountMinor, digits), code, order.locale);
  return [t('discount', { code: order.couponCode, discount })];
}
