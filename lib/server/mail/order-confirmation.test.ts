import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.DATABASE_PATH = ':memory:';
});

import { getDb } from '../database';
import { orderItems, orders } from '../../../db/schema';
import { renderOrderConfirmation } from './order-confirmation';
import type { Locale } from '../../i18n/locales';

function placeTestOrder(locale: Locale, firstName: string) {
  const db = getDb();
  const { id } = db
    .insert(orders)
    .values({
      firstName,
      lastName: 'Smith',
      email: 'anna@example.com',
      address: '1 Main St',
      postalCode: '12345',
      city: 'Springfield',
      locale,
      totalMinor: 2735,
      sessionKey: 'k'.repeat(22),
      cartToken: `${locale}${firstName}`.padEnd(22, 't'),
    })
    .returning({ id: orders.id })
    .get();
  db.insert(orderItems)
    .values([
      { orderId: id, productName: 'Earl Grey <Special>', unitPriceMinor: 845, quantity: 2 },
      { orderId: id, productName: 'Teapot', unitPriceMinor: 1045, quantity: 1 },
    ])
    .run();
  return id;
}

describe('order confirmation e-mail', () => {
  it('greets by first name and lists the items and total, in text and HTML', async () => {
    const id = placeTestOrder('en', 'Anna');
    const mail = await renderOrderConfirmation(id);
    expect(mail.to).toBe('anna@example.com');
    expect(mail.subject).toBe(`Order nr. ${id}`);
    expect(mail.text).toContain('Dear Anna,');
    expect(mail.text).toContain('2 × Earl Grey <Special>: $16.90');
    expect(mail.text).toContain('1 × Teapot: $10.45');
    expect(mail.text).toContain('Total: $27.35');
    expect(mail.html).toContain('<li>2 × Earl Grey &lt;Special&gt;: $16.90</li>');
    expect(mail.html).toContain('<html lang="en">');
  });

  it("speaks the order's language", async () => {
    const id = placeTestOrder('ru', 'Анна');
    const mail = await renderOrderConfirmation(id);
    expect(mail.subject).toBe(`Заказ № ${id}`);
    expect(mail.text).toContain('Здравствуйте, Анна!');
    expect(mail.text.replace(/\s/g, ' ')).toContain('Итого: 27,35 $');
  });

  it('names the coupon and its discount before the total after it', async () => {
    const id = placeTestOrder('en', 'Boris');
    getDb()
      .update(orders)
      .set({ couponCode: 'TEA10', discountMinor: 274, totalMinor: 2461 })
      .where(eq(orders.id, id))
      .run();
    const mail = await renderOrderConfirmation(id);
    expect(mail.text).toContain('Subtotal: $27.35\nDiscount (coupon TEA10): −$2.74\nTotal: $24.61');
    expect(mail.html).toContain('<p>Discount (coupon TEA10): −$2.74</p>');
  });

  it('refuses an order that does not exist', async () => {
    await expect(renderOrderConfirmation(999_999)).rejects.toThrow(/does not exist/);
  });
});
