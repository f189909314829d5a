import 'server-only';

import { z } from 'zod';

import type { Job } from '../../../db/jobs-schema';
import { defineJobHandler, type JobHandler, type JobHandlers } from '../jobs/handler';
import { enqueue, type JobsDatabase } from '../jobs/queue';
import { mailMessageSchema, type MailMessage } from './message';
import type { MailTransport } from './transport';

/** Payload: a fully rendered MailMessage. */
export const SEND_MAIL_JOB = 'mail.send';
/** Payload: { orderId }; the message is rendered when the job runs, by an injected function. */
export const ORDER_CONFIRMATION_JOB = 'mail.order-confirmation';

/** Builds the e-mail about one order, when its job runs. */
export type RenderOrderMail = (orderId: number) => Promise<MailMessage>;

const orderMailPayload = z.object({ orderId: z.number().int().positive() });

/** Call with the transaction that writes what the mail is about; a malformed message fails it now. */
export function enqueueMail(db: JobsDatabase, message: MailMessage, runAt?: Date): Job {
  return enqueue(db, { type: SEND_MAIL_JOB, payload: mailMessageSchema.parse(message), runAt });
}

/**
 * A job of the given type with payload { orderId }: the mail is rendered when it runs, so it shows
 * the order as stored then. Call with the transaction that writes what the mail is about.
 */
export function enqueueOrderMail(db: JobsDatabase, type: string, orderId: number): Job {
  return enqueue(db, { type, payload: orderMailPayload.parse({ orderId }) });
}

/** The handler for a job enqueued by enqueueOrderMail: renders the order's mail and sends it. */
export function orderMailHandler(transport: MailTransport, render: RenderOrderMail): JobHandler {
  return defineJobHandler(orderMailPayload, async ({ orderId }, job) => {
    const message = mailMessageSchema.parse(await render(orderId));
    await transport.send(message, { messageKey: messageKey(job) });
  });
}

/** Call with the transaction that writes the order. */
export function enqueueOrderConfirmation(db: JobsDatabase, orderId: number): Job {
  return enqueueOrderMail(db, ORDER_CONFIRMATION_JOB, orderId);
}

export function mailJobHandlers(
  transport: MailTransport,
  renderOrderConfirmation?: RenderOrderMail,
): JobHandlers {
  const handlers: Record<string, JobHandler> = {
    [SEND_MAIL_JOB]: defineJobHandler(mailMessageSchema, async (message, job) => {
      await transport.send(message, { messageKey: messageKey(job) });
    }),
  };
  if (renderOrderConfirmation) {
    handlers[ORDER_CONFIRMATION_JOB] = orderMailHandler(transport, renderOrderConfirmation);
  }
  return handlers;
}

/**
 * A job can run twice (its worker died after the server took the mail, before the job was marked
 * done); the same Message-ID on both copies lets mail clients show one.
 */
function messageKey(job: Job): string {
  return `job-${job.id}-${job.createdAt.getTime()}`;
}
