// The SMTP server npm run loadtest sends the shop's mail to (loopback, no TLS, no login): it keeps
// each mail's Message-ID, can be taken down and brought back on the same port (--fault smtp-down),
// and can hold each mail a while before taking it, so that a worker can be killed mid-send.
import type { AddressInfo } from 'node:net';

import { SMTPServer } from 'smtp-server';

export type MailSink = {
  port: number;
  messageIds: string[];
  /** Mails without a Message-ID: they cannot be matched to their job. */
  withoutId: number;
  /** Connections that broke (a reset by a killed client). */
  connectionErrors: number;
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
};

export async function startMailSink(options: { holdMs?: number } = {}): Promise<MailSink> {
  let server: SMTPServer | undefined;
  const sink: MailSink = {
    port: 0,
    messageIds: [],
    withoutId: 0,
    connectionErrors: 0,
    down: async () => {
      const closing = server;
      server = undefined;
      if (closing) await new Promise<void>((resolve) => closing.close(() => resolve()));
    },
    up: async () => {
      if (server) return;
      server = create();
      // A client gone mid-mail (its process killed) resets the connection: nothing to stop for.
      server.on('error', () => (sink.connectionErrors += 1));
      const listening = server;
      await new Promise<void>((resolve, reject) => {
        listening.server.once('error', reject);
        listening.listen(sink.port, '127.0.0.1', () => resolve());
      });
      sink.port = (listening.server.address() as AddressInfo).port;
    },
    close: () => sink.down(),
  };
  const create = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          const headers = raw.split(/\r?\n\r?\n/, 1)[0] ?? '';
          const id = /^message-id:\s*(<[^>]+>)/im.exec(headers)?.[1];
          setTimeout(() => {
            if (id) sink.messageIds.push(id);
            else sink.withoutId += 1;
            callback();
          }, options.holdMs ?? 0);
        });
      },
    });
  await sink.up();
  return sink;
}
