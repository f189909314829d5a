import 'server-only';

import type { JobHandlers } from '../jobs/handler';
import type { JobsDatabase } from '../jobs/queue';
import { enqueueOrderMail, orderMailHandler, type RenderOrderMail } from './mail-jobs';
import type { MailTransport } from './transport';

/** Payload: { orderId }; the e-mail and its PDF are rendered when the job runs, from the paid order. */
export const INVOICE_MAIL_JOB = 'mail.invoice';

export type RenderInvoiceMail = RenderOrderMail;

/** Call with the transaction that marks the order paid: the mail goes if and only if it commits. */
export function enqueueInvoiceMail(db: JobsDatabase, orderId: number) {
  return enqueueOrderMail(db, INVOICE_MAIL_JOB, orderId);
}

export function invoiceMailHandlers(
  transport: MailTransport,
  renderInvoiceMail: RenderInvoiceMail,
): JobHandlers {
  return { [INVOICE_MAIL_JOB]: orderMailHandler(transport, renderInvoiceMail) };
}
