import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.DATABASE_PATH = ':memory:';
});

import { getDb } from '../database';
import { orders } from '../../../db/schema';
import { parseMailEnv } from '../../validation/mail-env';
import { startTestSmtpServer, type TestSmtpServer } from '../../testing/smtp-server';
import { shopJobHandlers } from '../job-handlers';
import { runDueJobsNow } from '../jobs/run-job';
import { markOrderPaid } from '../payments/mark-order-paid';
import { insertTestOrder, orderRow } from '../../testing/test-orders';
import { renderInvoiceMail } from './render-invoice-mail';
import { createMailTransport, type MailTransport } from './transport';

let server: TestSmtpServer | undefined;
let transport: MailTransport | undefined;
afterEach(async () => {
  // Jobs left by one test must not be sent by the next one.
  await runDueJobsNow(getDb(), { 'mail.invoice': async () => {} });
  transport?.close();
  await server?.close();
  server = transport = undefined;
});

async function smtp() {
  server = await startTestSmtpServer();
  transport = createMailTransport(
    parseMailEnv({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(server.port) }),
  );
  return { server, transport };
}

function pay(orderId: number) {
  return markOrderPaid(getDb(), {
    orderId,
    paymentId: 'pi_invoice',
    amountMinor: 2735,
    currency: 'USD',
    source: 'test',
    eventId: `evt_invoice_${orderId}`,
  });
}

describe('mail.invoice job', () => {
  it('sends the paid order its invoice, with the PDF attached, once the payment commits', async () => {
    const { server, transport } = await smtp();
    const id = insertTestOrder('en', 'Anna');
    expect(pay(id).ok).toBe(true);
    expect(server.received).toHaveLength(0);

    const results = await runDueJobsNow(getDb(), shopJobHandlers({ transport }));
    expect(results.map((result) => [result.job.type, result.outcome])).toEqual([
      ['mail.invoice', 'done'],
    ]);
    expect(server.received).toHaveLength(1);
    const raw = server.received[0]?.raw ?? '';
    expect(server.received[0]?.to).toEqual([orderRow(id)?.email]);
    expect(raw).toContain(`Subject: Invoice for order nr. ${id}`);
    expect(raw).toMatch(/Content-Type: application\/pdf; name=invoice-\d+\.pdf/);
    // The attachment is a real PDF: base64 of "%PDF-".
    expect(raw).toContain('JVBERi0');
  });

  it("speaks the order's language, with a PDF named in it", async () => {
    const id = insertTestOrder('ru', 'Анна');
    pay(id);
    const mail = await renderInvoiceMail(id);
    expect(mail.subject).toBe(`Счёт за заказ № ${id}`);
    expect(mail.text).toContain('Здравствуйте, Анна!');
    expect(mail.attachments?.[0]).toMatchObject({
      filename: `schet-${id}.pdf`,
      contentType: 'application/pdf',
    });
    const pdf = Buffer.from(mail.attachments?.[0]?.contentBase64 ?? '', 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('names the coupon and what it took off', async () => {
    const id = insertTestOrder('ru', 'Анна');
    getDb()
      .update(orders)
      .set({ couponCode: 'TEA10', discountMinor: 274, totalMinor: 2461 })
      .where(eq(orders.id, id))
      .run();
    const mail = await renderInvoiceMail(id);
    expect(mail.text.replace(/\s/g, ' ')).toContain('Скидка (промокод TEA10): −2,74 $');
  });

  it('is not queued when the payment is refused', async () => {
    const { server, transport } = await smtp();
    const id = insertTestOrder();
    const refused = markOrderPaid(getDb(), {
      orderId: id,
      paymentId: 'pi_short',
      amountMinor: 100,
      currency: 'USD',
      source: 'stripe',
      eventId: `evt_short_${id}`,
    });
    expect(refused).toEqual({ ok: false, code: 'AMOUNT_MISMATCH' });
    const results = await runDueJobsNow(getDb(), shopJobHandlers({ transport }));
    expect(results.filter((result) => result.job.type === 'mail.invoice')).toEqual([]);
    expect(server.received).toHaveLength(0);
  });
});
