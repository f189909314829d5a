import 'server-only';

import { asc, eq } from 'drizzle-orm';
import { createTranslator } from 'next-intl';

import { getDb } from '../../../db/client';
import { orderItems, orders } from '../../../db/schema';

import { env } from '../../validation/env';
import { renderInvoice } from '../invoice';
import type { OrderWithItems } from '../orders';
import { escapeHtml } from '../html';
import { MESSAGES } from '../messages';
import type { MailMessage } from './message';

// Not findOrder(): that one is for pages (it waits for a request), and jobs run outside any.
function loadOrder(orderId: number): OrderWithItems | undefined {
  const db = getDb();
  const order = db.select().from(orders).where(eq(orders.id, orderId)).get();
  if (!order) return undefined;
  const items = db
    .select()
    .from(orderItems)
    .where(eq(orderItems.orderId, orderId))
    .orderBy(asc(orderItems.id))
    .all();
  return { ...order, items };
}

/** The paid order's invoice e-mail, in the order's language, with the PDF invoice attached. */
export async function renderInvoiceMail(orderId: number): Promise<MailMessage> {
  const order = loadOrder(orderId);
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
