import { describe, expect, it } from 'vitest';

import { renderInvoice } from './invoice';
import type { OrderWithItems } from './orders';

const order: OrderWithItems = {
  id: 1042,
  firstName: 'Анна',
  lastName: 'Каренина',
  email: 'anna@example.com',
  address: 'Тверская ул., 12',
  postalCode: '125009',
  city: 'Москва',
  locale: 'ru',
  totalMinor: 2735,
  paid: true,
  paymentId: 'pi_123',
  paymentSource: 'stripe',
  paidAt: new Date('2026-03-02T10:00:00Z'),
  userId: null,
  sessionKey: 'k'.repeat(22),
  cartToken: 't'.repeat(22),
  createdAt: new Date('2026-11-22T10:00:00Z'),
  updatedAt: new Date('2026-11-22T10:00:00Z'),
  items: [
    {
      id: 1,
      orderId: 1042,
      productId: 1,
      productName: 'Чай «Эрл Грей»',
      unitPriceMinor: 845,
      quantity: 2,
    },
    {
      id: 2,
      orderId: 1042,
      productId: null,
      productName: 'Teapot',
      unitPriceMinor: 1045,
      quantity: 1,
    },
  ],
};

describe('invoice', () => {
  it('is a PDF titled with the order number, with a font that has Cyrillic embedded', async () => {
    const pdf = await renderInvoice(order, 'myshop');
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    // The title is in the document info as UTF-16: find "1042" in it.
    expect(text).toMatch(/\/Title/);
    expect(pdf.includes(Buffer.from('\u00001\u00000\u00004\u00002', 'latin1'))).toBe(true);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans/);
  });
});
