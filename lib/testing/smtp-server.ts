// A real SMTP server on loopback for tests (unit and end-to-end), so no 'server-only' here.
import type { AddressInfo, Socket } from 'node:net';

import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

export interface TestSmtpServer {
  port: number;
  received: ReceivedMail[];
  /** Recipients offered, including refused ones: one per delivery try. */
  rcptAttempts: number;
  /** Connections clients opened. */
  connections: number;
  /** Closes every open connection from the server's side, as a relay does with idle ones. */
  dropConnections(): void;
  close(): Promise<void>;
}

/** A real SMTP server on loopback, plain text (no STARTTLS) and without login, for tests. */
export async function startTestSmtpServer(
  options: { refuse?: 'rcpt' | 'data' } = {},
): Promise<TestSmtpServer> {
  const state: TestSmtpServer = {
    port: 0,
    received: [],
    rcptAttempts: 0,
    connections: 0,
    dropConnections: () => {},
    close: async () => {},
  };
  const sockets = new Set<Socket>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onConnect(_session, callback) {
      state.connections += 1;
      callback();
    },
    onRcptTo(_address, _session, callback) {
      state.rcptAttempts += 1;
      if (options.refuse === 'rcpt') callback(smtpError(550, 'mailbox unavailable'));
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (options.refuse === 'data') return callback(smtpError(554, 'message rejected as spam'));
        const { mailFrom, rcptTo } = session.envelope;
        state.received.push({
          from: mailFrom ? mailFrom.address : '',
          to: rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  server.server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.dropConnections = () => {
    for (const socket of sockets) socket.destroy();
  };
  state.port = (server.server.address() as AddressInfo).port;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}

function smtpError(responseCode: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode });
}
