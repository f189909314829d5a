import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { parseMailEnv } from '../../validation/mail-env';
import { startTestSmtpServer, type TestSmtpServer } from '../../testing/smtp-server';
import { createMailTransport, describeMailTransport } from './transport';

const message = {
  to: 'buyer@example.com',
  subject: 'Your order 42 is confirmed',
  text: 'Thank you for your order.',
  html: '<p>Thank you for your <b>order</b>.</p>',
  attachments: [
    {
      filename: 'invoice.txt',
      contentBase64: Buffer.from('Invoice 42').toString('base64'),
      contentType: 'text/plain',
    },
  ],
};

let server: TestSmtpServer | undefined;
const folders: string[] = [];
afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('SMTP transport', () => {
  it('delivers subject, text, HTML and attachment to a real SMTP server', async () => {
    server = await startTestSmtpServer();
    const config = parseMailEnv({
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(server.port),
      MAIL_FROM: 'My Shop <orders@shop.test>',
    });
    const transport = createMailTransport(config);
    expect(transport.description).toBe(`Mail: SMTP 127.0.0.1:${server.port}`);

    const sent = await transport.send(message, { messageKey: 'job-7-1' });
    transport.close();
    expect(sent.messageId).toBe('<job-7-1@shop.test>');
    expect(server.received).toHaveLength(1);
    const mail = server.received[0];
    expect(mail?.from).toBe('orders@shop.test');
    expect(mail?.to).toEqual(['buyer@example.com']);
    expect(mail?.raw).toContain('Subject: Your order 42 is confirmed');
    expect(mail?.raw).toContain('Message-ID: <job-7-1@shop.test>');
    expect(mail?.raw).toContain('Thank you for your order.');
    expect(mail?.raw).toContain('<p>Thank you for your <b>order</b>.</p>');
    expect(mail?.raw).toMatch(/filename=invoice\.txt/);
    expect(mail?.raw).toContain(Buffer.from('Invoice 42').toString('base64'));
  });

  it('sends mail after mail over one connection, and opens another when the server drops it', async () => {
    server = await startTestSmtpServer();
    const transport = createMailTransport(
      parseMailEnv({
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(server.port),
        MAIL_FROM: 'orders@shop.test',
      }),
    );
    for (const key of ['job-1-1', 'job-2-1', 'job-3-1'])
      await transport.send(message, { messageKey: key });
    expect(server.connections).toBe(1);

    server.dropConnections();
    await transport.send(message, { messageKey: 'job-4-1' });
    transport.close();
    expect(server.connections).toBe(2);
    expect(server.received.map((mail) => /^Message-ID: (.*)$/m.exec(mail.raw)?.[1])).toEqual([
      '<job-1-1@shop.test>',
      '<job-2-1@shop.test>',
      '<job-3-1@shop.test>',
      '<job-4-1@shop.test>',
    ]);
  });

  it('rejects when the server refuses the recipient', async () => {
    server = await startTestSmtpServer({ refuse: 'rcpt' });
    const transport = createMailTransport(
      parseMailEnv({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(server.port) }),
    );
    await expect(transport.send(message)).rejects.toThrow(/550 mailbox unavailable/);
    transport.close();
  });
});

describe('.eml outbox', () => {
  it('without SMTP_HOST, writes each mail as a readable .eml file', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'outbox-'));
    folders.push(folder);
    const outbox = path.join(folder, 'outbox');
    const config = parseMailEnv({ MAIL_OUTBOX_DIR: outbox });
    expect(describeMailTransport(config)).toBe(`Mail: writing .eml files to ${outbox}`);

    const sent = await createMailTransport(config).send(message);
    expect(readdirSync(outbox)).toEqual([path.basename(sent.file ?? '')]);
    const eml = readFileSync(sent.file ?? '', 'utf8');
    expect(eml).toContain('From: myshop <shop@localhost>');
    expect(eml).toContain('To: buyer@example.com');
    expect(eml).toContain('Subject: Your order 42 is confirmed');
    expect(eml).toContain('Thank you for your order.');
    expect(eml).toContain('<p>Thank you for your <b>order</b>.</p>');
    expect(eml).toContain('Content-Type: multipart/mixed');
  });
});
