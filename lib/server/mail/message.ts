import 'server-only';

import type { SendMailOptions } from 'nodemailer';
import { z } from 'zod';

// Attachments travel as base64 text because a job payload is JSON.
const attachmentSchema = z.object({
  filename: z.string().min(1),
  contentBase64: z.base64(),
  contentType: z.string().min(1),
});

/** A fully rendered e-mail, serialisable as a job payload. */
export const mailMessageSchema = z.object({
  to: z.string().min(1),
  subject: z.string().min(1),
  text: z.string(),
  html: z.string(),
  attachments: z.array(attachmentSchema).optional(),
});

export type MailMessage = z.infer<typeof mailMessageSchema>;
export type MailAttachment = z.infer<typeof attachmentSchema>;

export function toNodemailer(
  message: MailMessage,
  from: string,
  messageId: string | undefined,
): SendMailOptions {
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId,
    attachments: message.attachments?.map((attachment) => ({
      filename: attachment.filename,
      content: attachment.contentBase64,
      encoding: 'base64',
      contentType: attachment.contentType,
    })),
  };
}
