import 'server-only';

import { readFileSync } from 'node:fs';
import path from 'node:path';

// use-intl/core rather than next-intl: next-intl's entry loads React client code, which stops
// `npm run worker` (outside Next's bundler) from starting.
import { createTranslator } from 'use-intl/core';
import { create as parseFont, type Font } from 'fontkit';
import PDFDocument from 'pdfkit';

import { dateFormat } from '../domain/date-format';
import { formatMoney, fromMinor, multiply } from '../domain/money';
import { MESSAGES } from './messages';
import type { OrderWithItems } from './orders';
import { shopCurrency } from './shop';

// DejaVu has Cyrillic; PDF's built-in fonts do not. Traced into standalone builds (next.config.mjs).
const FONT_DIR = path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');
const REGULAR = path.join(FONT_DIR, 'DejaVuSans.ttf');
const BOLD = path.join(FONT_DIR, 'DejaVuSans-Bold.ttf');

/**
 * The two fonts, parsed once per process. Given a path, pdfkit reads and parses the 0.7 MB file for
 * every document (about 30 of an invoice's 40 ms); it takes a parsed fontkit font as well (its
 * PDFFontFactory.open uses any source with a `layout` method as the font) and still embeds only the
 * glyphs each document uses. @types/pdfkit does not list that source, hence the cast.
 */
let fonts: { regular: PDFKit.Mixins.PDFFontSource; bold: PDFKit.Mixins.PDFFontSource } | undefined;

function invoiceFonts() {
  fonts ??= { regular: loadFont(REGULAR), bold: loadFont(BOLD) };
  return fonts;
}

function loadFont(file: string): PDFKit.Mixins.PDFFontSource {
  const font = parseFont(readFileSync(file));
  if (!('layout' in font)) throw new Error(`${file}: a font collection, not one font`);
  return font satisfies Font as unknown as PDFKit.Mixins.PDFFontSource;
}

/** The order's invoice as a PDF, in the order's language, with PAID or UNPAID. */
export function renderInvoice(order: OrderWithItems, shopName: string): Promise<Buffer> {
  const t = createTranslator({
    locale: order.locale,
    messages: MESSAGES[order.locale],
    namespace: 'Invoice',
  });
  const { code, digits } = shopCurrency();
  const money = (minor: number, quantity = 1) =>
    formatMoney(multiply(fromMinor(minor, digits), quantity, digits), code, order.locale);
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: `${t('title')} — ${t('order', { id: order.id })}`, Author: shopName },
  });
  const font = invoiceFonts();
  doc.registerFont('regular', font.regular).registerFont('bold', font.bold).font('regular');
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('bold').fontSize(20).text(shopName);
  doc
    .font('regular')
    .fontSize(14)
    .text(`${t('title')} — ${t('order', { id: order.id })}`);
  const date = dateFormat(order.locale, 'longDate').format(order.createdAt);
  doc.fontSize(10).text(t('date', { date })).moveDown();
  doc.font('bold').text(t('billTo')).font('regular');
  doc.text(`${order.firstName} ${order.lastName}`).text(order.address);
  doc.text(`${order.postalCode} ${order.city}`).text(order.email).moveDown();

  const columns = [50, 300, 360, 450] as const;
  const row = (cells: [string, string, string, string], bold = false) => {
    const y = doc.y;
    doc.font(bold ? 'bold' : 'regular');
    doc.text(cells[0], columns[0], y, { width: 240 });
    const bottom = doc.y;
    doc.text(cells[1], columns[1], y, { width: 50, align: 'right' });
    doc.text(cells[2], columns[2], y, { width: 80, align: 'right' });
    doc.text(cells[3], columns[3], y, { width: 95, align: 'right' });
    doc.x = columns[0];
    doc.y = Math.max(bottom, doc.y) + 4;
  };
  row([t('product'), t('quantity'), t('unitPrice'), t('total')], true);
  for (const item of order.items) {
    row([
      item.productName,
      String(item.quantity),
      money(item.unitPriceMinor),
      money(item.unitPriceMinor, item.quantity),
    ]);
  }
  doc.moveDown();
  if (order.couponCode !== null) {
    // The total is after the coupon: the items' sum, then what the coupon took off.
    doc.font('regular').fontSize(10);
    doc.text(`${t('subtotal')}: ${money(order.totalMinor + order.discountMinor)}`, {
      align: 'right',
    });
    doc.text(`${t('discount', { code: order.couponCode })}: −${money(order.discountMinor)}`, {
      align: 'right',
    });
  }
  doc.font('bold').fontSize(12);
  doc.text(`${t('grandTotal')}: ${money(order.totalMinor)}`, { align: 'right' });
  doc
    .moveDown()
    .fontSize(16)
    .fillColor(order.paid ? '#2f5227' : '#9a3412');
  doc.text(order.paid ? t('paid') : t('unpaid'), { align: 'right' });
  doc.fillColor('black').font('regular').fontSize(10);
  if (order.paymentId) doc.text(t('paymentId', { id: order.paymentId }), { align: 'right' });
  doc.moveDown(2).text(t('thanks'));
  doc.end();
  return done;
}
