import 'server-only';

import { invoiceMailHandlers, type RenderInvoiceMail } from './mail/invoice-mail';
import { mailJobHandlers, type RenderOrderMail } from './mail/mail-jobs';
import { renderOrderConfirmation } from './mail/order-confirmation';
import { renderInvoiceMail } from './mail/render-invoice-mail';
import { getMailTransport, type MailTransport } from './mail/transport';
import type { JobHandlers } from './jobs/handler';

export interface ShopJobDependencies {
  transport?: MailTransport;
  /** Builds the confirmation e-mail of an order (tests may pass their own). */
  renderOrderConfirmation?: RenderOrderMail;
  /** Builds the invoice e-mail of a paid order, with its PDF. */
  renderInvoiceMail?: RenderInvoiceMail;
}

/**
 * Every job type the shop knows, for both the in-process worker (started by startup.ts) and
 * scripts/worker.ts. jobs/ is a generic engine that knows no job type: the handlers are registered
 * here, from outside it, so that mail/ depends on jobs/ and never the other way round.
 */
export function shopJobHandlers(dependencies: ShopJobDependencies = {}): JobHandlers {
  const transport = dependencies.transport ?? getMailTransport();
  return {
    ...mailJobHandlers(transport, dependencies.renderOrderConfirmation ?? renderOrderConfirmation),
    ...invoiceMailHandlers(transport, dependencies.renderInvoiceMail ?? renderInvoiceMail),
  };
}
