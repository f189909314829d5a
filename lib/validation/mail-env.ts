import path from 'node:path';

import { z } from 'zod';

import { flag, parseSettings } from './env';

// The mail settings; parsed like env.ts (empty string = unset, one line per wrong setting).

const port = z.coerce
  .number({ error: 'must be a port number' })
  .int('must be a port number')
  .min(1, 'must be between 1 and 65535')
  .max(65535, 'must be between 1 and 65535');

// "shop@example.com" or "My Shop <shop@example.com>"; nodemailer accepts both.
const mailbox = /^(?:[^<>]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/;

const mailEnvSchema = z
  .object({
    SMTP_HOST: z.string().optional(),
    SMTP_PORT: port.optional(),
    SMTP_SECURE: flag.default(false),
    SMTP_USER: z.string().optional(),
    SMTP_PASSWORD: z.string().optional(),
    MAIL_FROM: z
      .string()
      .trim()
      .regex(mailbox, 'must be an address such as shop@example.com or "My Shop <shop@example.com>"')
      .default('myshop <shop@localhost>'),
    MAIL_OUTBOX_DIR: z.string().default('./data/outbox'),
  })
  .superRefine((mail, ctx) => {
    const problem = (key: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [key], message });
    if (!mail.SMTP_HOST) {
      for (const key of ['SMTP_PORT', 'SMTP_USER', 'SMTP_PASSWORD'] as const) {
        if (mail[key] !== undefined)
          problem(
            key,
            'is set but SMTP_HOST is not: set SMTP_HOST, or unset it to write .eml files',
          );
      }
      return;
    }
    if (mail.SMTP_USER && !mail.SMTP_PASSWORD)
      problem('SMTP_PASSWORD', 'is required with SMTP_USER');
    if (mail.SMTP_PASSWORD && !mail.SMTP_USER)
      problem('SMTP_USER', 'is required with SMTP_PASSWORD');
  })
  .transform(({ SMTP_HOST, SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASSWORD, ...mail }) => {
    const root = process.env.SHOP_ROOT ?? process.cwd();
    const smtp = SMTP_HOST
      ? {
          host: SMTP_HOST,
          // 465 speaks TLS from the first byte; 587 (submission) upgrades with STARTTLS.
          port: SMTP_PORT ?? (SMTP_SECURE ? 465 : 587),
          secure: SMTP_SECURE,
          auth: SMTP_USER && SMTP_PASSWORD ? { user: SMTP_USER, pass: SMTP_PASSWORD } : undefined,
        }
      : undefined;
    return { ...mail, MAIL_OUTBOX_DIR: path.resolve(root, mail.MAIL_OUTBOX_DIR), smtp };
  });

export type MailEnv = z.infer<typeof mailEnvSchema>;
export type SmtpSettings = NonNullable<MailEnv['smtp']>;

export function parseMailEnv(source: Record<string, string | undefined>): MailEnv {
  return parseSettings(mailEnvSchema, source);
}

let cached: MailEnv | undefined;

/** The process's mail settings, parsed once. */
export function mailEnv(): MailEnv {
  cached ??= parseMailEnv(process.env);
  return cached;
}
