import 'server-only';

import { z } from 'zod';

import { defineJobHandler, type JobHandlers } from '../jobs/handler';
import { enqueue, type JobsDatabase } from '../jobs/queue';
import { mailMessageSchema, type MailMessage } from './message';
import type { MailTransport } from './transport';

/** Payload: { orderId }; the e-mail and its PDF are rendered when the job runs, from the paid order. */
export const INVOICE_MAIL_JOB = 'mail.invoice';

export type RenderInvoiceMail = (orderId: number) => Promise<MailMessage>;

const invoiceMailPayload = z.object({ orderId: z.number().int().positive() });

/** Call with the transaction that marks the order paid: the mail goes if and only if it commits. */
export function enqueueInvoiceMail(db: JobsDatabase, orderId: number) {
  return enqueue(db, { type: INVOICE_MAIL_JOB, payload: invoiceMailPayload.parse({ orderId }) });
}

export function invoiceMailHandlers(
  transport: MailTransport,
  renderInvoiceMail: RenderInvoiceMail,
): JobHandlers {
  return {
    [INVOICE_MAIL_JOB]: defineJobHandler(invoiceMailPayload, async ({ orderId }, job) => {
      const message = mailMessageSchema.parse(await renderInvoiceMail(orderId));
      // The same Message-ID if the job runs twice, as for the other mail jobs.
      await transport.send(message, { messageKey: `job-${job.id}-${job.createdAt.getTime()}` });
    }),
  };
}
