import PDFDocument from 'pdfkit';
import { afterEach, describe, expect, it, vi } from 'vitest';

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
  couponId: null,
  couponCode: null,
  discountMinor: 0,
  paid: true,
  paymentId: 'pi_123',
  paymentSource: 'stripe',
  paidAt: new Date('2026-03-02T10:00:00Z'),
  userId: null,
  stripeSessionId: null,
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

  it('embeds in each invoice only the glyphs it uses, though the fonts are parsed once per process', async () => {
    const latin = { ...order, locale: 'en' as const, firstName: 'Anna', lastName: 'Smith' };
    const latinItems = { ...latin, address: '1 Main St', city: 'Springfield' };
    const alone = await renderInvoice({ ...latinItems, items: [order.items[1]!] }, 'myshop');
    // A Cyrillic invoice in between: its glyphs must not join the next one's font subset.
    await renderInvoice(order, 'myshop');
    const after = await renderInvoice({ ...latinItems, items: [order.items[1]!] }, 'myshop');
    expect(after.length).toBe(alone.length);
  });

  // The page content stream holds glyph ids of the embedded font, not letters: instead of decoding
  // it (pdftotext is not on every CI machine), watch what the invoice hands to pdfkit's text().
  async function writtenText(invoiced: OrderWithItems): Promise<string[]> {
    const text = vi.spyOn(PDFDocument.prototype, 'text');
    await renderInvoice(invoiced, 'myshop');
    return text.mock.calls.map(([value]) => String(value));
  }

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('writes the Cyrillic customer, each item with its quantity and line total, the total and PAID', async () => {
    const lines = await writtenText(order);
    expect(lines).toContain('Анна Каренина');
    expect(lines).toContain('Тверская ул., 12');
    expect(lines).toContain('Чай «Эрл Грей»');
    expect(lines).toContain('Teapot');
    // The tea's row: name, quantity 2, unit price 8.45 and 16.90 for the line, in Russian format.
    const tea = lines.indexOf('Чай «Эрл Грей»');
    expect(lines.slice(tea + 1, tea + 4).map((cell) => cell.replace(/\s/g, ' '))).toEqual([
      '2',
      expect.stringMatching(/^8,45 /),
      expect.stringMatching(/^16,90 /),
    ]);
    expect(lines.map((line) => line.replace(/\s/g, ' '))).toContainEqual(
      expect.stringMatching(/^Итого: 27,35 /),
    );
    expect(lines).toContain('ОПЛАЧЕН');
    expect(lines).not.toContain('НЕ ОПЛАЧЕН');
  });

  it('shows the coupon and its discount, and the total after it', async () => {
    // 27.35 less 10 % (2.74, rounded once, half up) = 24.61
    const lines = await writtenText({
      ...order,
      locale: 'en',
      couponId: 7,
      couponCode: 'TEA10',
      discountMinor: 274,
      totalMinor: 2461,
    });
    expect(lines).toContain('Subtotal: $27.35');
    expect(lines).toContain('Discount (coupon TEA10): −$2.74');
    expect(lines).toContain('Total: $24.61');
  });

  it('says UNPAID for an order not paid yet, in its own language', async () => {
    const lines = await writtenText({
      ...order,
      locale: 'en',
      paid: false,
      paymentId: null,
      paymentSource: null,
      paidAt: null,
    });
    expect(lines).toContain('UNPAID');
    expect(lines).not.toContain('PAID');
    expect(lines).toContain('Анна Каренина');
  });
});
