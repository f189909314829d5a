import { afterEach, describe, expect, it } from 'vitest';

import { parseMailEnv } from '../../validation/mail-env';
import { jobs } from '../../../db/jobs-schema';
import { runDueJobsNow } from '../jobs/run-job';
import { openJobsTestDb } from '../jobs/test-db';
import {
  enqueueMail,
  enqueueOrderConfirmation,
  mailJobHandlers,
  ORDER_CONFIRMATION_JOB,
} from './mail-jobs';
import type { MailMessage } from './message';
import { startTestSmtpServer, type TestSmtpServer } from '../../testing/smtp-server';
import { createMailTransport, type MailTransport } from './transport';

const message: MailMessage = {
  to: 'buyer@example.com',
  subject: 'Order 42 confirmed',
  text: 'Thanks for order 42.',
  html: '<p>Thanks for order 42.</p>',
};

let server: TestSmtpServer | undefined;
let transport: MailTransport | undefined;
afterEach(async () => {
  transport?.close();
  await server?.close();
  server = transport = undefined;
});

async function smtp(refuse?: 'rcpt' | 'data') {
  server = await startTestSmtpServer({ refuse });
  transport = createMailTransport(
    parseMailEnv({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(server.port) }),
  );
  return { server, transport };
}

describe('mail.send job', () => {
  it('sends the mail enqueued in a committed transaction', async () => {
    const { server, transport } = await smtp();
    const db = openJobsTestDb();
    db.transaction((tx) => enqueueMail(tx, message));
    expect(server.received).toHaveLength(0);

    const results = await runDueJobsNow(db, mailJobHandlers(transport));
    expect(results.map((result) => result.outcome)).toEqual(['done']);
    expect(server.received).toHaveLength(1);
    expect(server.received[0]?.raw).toContain('Subject: Order 42 confirmed');
  });

  it('is retried while the server refuses the message, then failed with its answer', async () => {
    const { server, transport } = await smtp('data');
    const db = openJobsTestDb();
    const job = enqueueMail(db, message);
    const handlers = mailJobHandlers(transport);

    let now = job.runAt;
    for (let attempt = 1; attempt <= 4; attempt++) {
      const [result] = await runDueJobsNow(db, handlers, { now, backoffBaseMs: 1000 });
      expect(result?.outcome).toBe('retrying');
      now = db.select().from(jobs).get()?.runAt ?? now;
    }
    const [last] = await runDueJobsNow(db, handlers, { now, backoffBaseMs: 1000 });
    expect(last?.outcome).toBe('failed');
    expect(server.rcptAttempts).toBe(5);
    expect(server.received).toHaveLength(0);
    expect(db.select().from(jobs).get()).toMatchObject({
      state: 'failed',
      attempts: 5,
      lastError: expect.stringMatching(/554 message rejected as spam/),
    });
  });

  it('refuses a malformed message when enqueuing, so the surrounding transaction rolls back', () => {
    const db = openJobsTestDb();
    expect(() => db.transaction((tx) => enqueueMail(tx, { ...message, subject: '' }))).toThrow();
    expect(db.select().from(jobs).all()).toEqual([]);
  });
});

describe('mail.order-confirmation job', () => {
  it('renders the message of the order through the injected function, then sends it', async () => {
    const { server, transport } = await smtp();
    const db = openJobsTestDb();
    db.transaction((tx) => enqueueOrderConfirmation(tx, 42));
    const rendered: number[] = [];
    const handlers = mailJobHandlers(transport, async (orderId) => {
      rendered.push(orderId);
      return message;
    });

    expect((await runDueJobsNow(db, handlers)).map((result) => result.outcome)).toEqual(['done']);
    expect(rendered).toEqual([42]);
    expect(server.received[0]?.raw).toContain('Thanks for order 42.');
  });

  it('has no handler until a renderer is given', async () => {
    const { transport } = await smtp();
    expect(Object.keys(mailJobHandlers(transport))).not.toContain(ORDER_CONFIRMATION_JOB);
  });
});
