import 'server-only';

import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import nodemailer from 'nodemailer';

import { mailEnv, type MailEnv, type SmtpSettings } from '../../validation/mail-env';
import { toNodemailer, type MailMessage } from './message';

export interface SentMail {
  messageId: string;
  /** The .eml file written, when mail goes to the outbox folder rather than to a server. */
  file?: string;
}

export interface MailTransport {
  /** One line for the start-up log. */
  readonly description: string;
  /** Rejects when the server refuses the message, so the job that sends it is retried. */
  /** `messageKey` makes the Message-ID, so that sending the same job twice gives the same one. */
  send(message: MailMessage, options?: { messageKey?: string }): Promise<SentMail>;
  close(): void;
}

/** SMTP when SMTP_HOST is set; otherwise .eml files in MAIL_OUTBOX_DIR, to open in any mail client. */
export function createMailTransport(config: MailEnv): MailTransport {
  return config.smtp
    ? smtpTransport(config.smtp, config.MAIL_FROM)
    : outboxTransport(config.MAIL_OUTBOX_DIR, config.MAIL_FROM);
}

const describeSmtp = (smtp: SmtpSettings) => `Mail: SMTP ${smtp.host}:${smtp.port}`;
const describeOutbox = (folder: string) => `Mail: writing .eml files to ${folder}`;

export function describeMailTransport(config: MailEnv = mailEnv()): string {
  return config.smtp ? describeSmtp(config.smtp) : describeOutbox(config.MAIL_OUTBOX_DIR);
}

let cached: MailTransport | undefined;

/** The process's transport, built from the environment once. */
export function getMailTransport(): MailTransport {
  cached ??= createMailTransport(mailEnv());
  return cached;
}

function smtpTransport(smtp: SmtpSettings, from: string): MailTransport {
  const transporter = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.auth,
    // Never send a password in clear text: with credentials, a server must offer STARTTLS.
    requireTLS: !smtp.secure && smtp.auth !== undefined,
    // Fail a try within a minute rather than hold the job (and its lease) for nodemailer's ten.
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
    // Keep the connection between mails: a new one per mail costs the server's greeting (smtp-server,
    // which the load test uses, waits 100 ms before it; a relay over the internet, a TLS handshake
    // and a login), about 100 ms of the worker's 110 per mail. A dropped connection is opened again.
    pool: true,
    maxConnections: 1,
  });
  return {
    description: describeSmtp(smtp),
    async send(message, options = {}) {
      const info = await transporter.sendMail(
        toNodemailer(message, from, messageId(from, options.messageKey)),
      );
      return { messageId: info.messageId };
    },
    close: () => transporter.close(),
  };
}

function outboxTransport(folder: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'unix',
  });
  return {
    description: describeOutbox(folder),
    async send(message, options = {}) {
      const info = await transporter.sendMail(
        toNodemailer(message, from, messageId(from, options.messageKey)),
      );
      if (!Buffer.isBuffer(info.message))
        throw new Error('nodemailer returned a stream, not a buffer');
      await mkdir(folder, { recursive: true });
      // Sortable by time, unique without a counter.
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const file = path.join(folder, `${stamp}-${randomBytes(4).toString('hex')}.eml`);
      await writeFile(file, info.message);
      return { messageId: info.messageId, file };
    },
    close: () => transporter.close(),
  };
}

function messageId(from: string, key: string | undefined): string | undefined {
  const domain = /@([^\s<>@]+)>?\s*$/.exec(from)?.[1];
  return key && domain ? `<${key}@${domain}>` : undefined;
}
