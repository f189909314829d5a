// A stand-in for the Stripe API on loopback, for tests: it answers the Checkout Session request
// as Stripe would and remembers every request, so a test can check what the shop asked for.
// No 'server-only' here: end-to-end tests start it too.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeStripeRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  /** The form-encoded body as Stripe's clients send it, e.g. "line_items[0][quantity]". */
  params: URLSearchParams;
}

export interface FakeStripe {
  port: number;
  baseURL: string;
  requests: FakeStripeRequest[];
  /** Moves a session on as Stripe would: it expires after 24 hours, or completes when paid. */
  setStatus(sessionId: string, status: 'expired' | 'complete'): void;
  close(): Promise<void>;
}

type Session = Record<string, unknown> & { id: string; url: string | null };

export async function startFakeStripe(): Promise<FakeStripe> {
  const requests: FakeStripeRequest[] = [];
  // Like Stripe: the same idempotency key gets the same answer.
  const byKey = new Map<string, Session>();
  const byId = new Map<string, Session>();
  let counter = 0;
  const coupons = new Map<string, { id: string; amount_off: number } & Record<string, unknown>>();
  const couponsById = new Map<string, { amount_off: number }>();
  const amounts = (params: URLSearchParams) => {
    let subtotal = 0;
    for (let index = 0; params.has(`line_items[${index}][quantity]`); index += 1) {
      subtotal +=
        Number(params.get(`line_items[${index}][quantity]`)) *
        Number(params.get(`line_items[${index}][price_data][unit_amount]`));
    }
    const coupon = couponsById.get(params.get('discounts[0][coupon]') ?? '');
    const discount = Math.min(coupon?.amount_off ?? 0, subtotal);
    return {
      amount_subtotal: subtotal,
      amount_total: subtotal - discount,
      total_details: { amount_discount: discount },
    };
  };
  const state: FakeStripe = {
    port: 0,
    baseURL: '',
    requests,
    setStatus: (sessionId, status) => {
      const session = byId.get(sessionId);
      if (!session) throw new Error(`fake Stripe: no session ${sessionId}`);
      session.status = status;
      if (status === 'expired') session.url = null;
    },
    close: async () => {},
  };

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      const params = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      const page = /^\/c\/pay\/([\w-]+)$/.exec(path);
      if (request.method === 'GET' && page) {
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        response.end(
          `<!doctype html><html lang="en"><title>Fake Stripe</title><main><h1>Fake Stripe Checkout</h1><p>Session ${page[1]}</p></main></html>`,
        );
        return;
      }
      // Only what the shop's Stripe client sends (not the browser's favicon request, say).
      if (path.startsWith('/v1/')) {
        requests.push({ method: request.method ?? '', path, headers: request.headers, params });
      }
      if (request.method === 'POST' && path === '/v1/coupons') {
        const key = `coupon ${String(request.headers['idempotency-key'] ?? '')}`;
        let coupon = coupons.get(key);
        if (!coupon) {
          counter += 1;
          coupon = {
            id: `fake_coupon_${counter}`,
            object: 'coupon',
            amount_off: Number(params.get('amount_off')),
            currency: params.get('currency'),
            duration: params.get('duration'),
            name: params.get('name'),
          };
          coupons.set(key, coupon);
          couponsById.set(coupon.id, coupon);
        }
        response.writeHead(200, { 'Content-Type': 'application/json', 'Request-Id': 'req_fake' });
        response.end(JSON.stringify(coupon));
        return;
      }
      if (request.method === 'POST' && path === '/v1/checkout/sessions') {
        const key = String(request.headers['idempotency-key'] ?? '');
        let session = key ? byKey.get(key) : undefined;
        if (!session) {
          counter += 1;
          const id = `cs_test_fake${counter}`;
          session = {
            id,
            object: 'checkout.session',
            url: `${state.baseURL}/c/pay/${id}`,
            mode: params.get('mode'),
            client_reference_id: params.get('client_reference_id'),
            currency: params.get('line_items[0][price_data][currency]'),
            // What Stripe would charge: the lines, less the coupon's amount.
            ...amounts(params),
            payment_status: 'unpaid',
            status: 'open',
            success_url: params.get('success_url'),
            cancel_url: params.get('cancel_url'),
          };
          if (key) byKey.set(key, session);
          byId.set(id, session);
        }
        response.writeHead(200, { 'Content-Type': 'application/json', 'Request-Id': 'req_fake' });
        response.end(JSON.stringify(session));
        return;
      }
      const retrieve = /^\/v1\/checkout\/sessions\/([\w-]+)$/.exec(path);
      const found = retrieve && request.method === 'GET' ? byId.get(retrieve[1] ?? '') : undefined;
      if (found) {
        response.writeHead(200, { 'Content-Type': 'application/json', 'Request-Id': 'req_fake' });
        response.end(JSON.stringify(found));
        return;
      }
      response.writeHead(404, { 'Content-Type': 'application/json' });
      response.end(
        JSON.stringify({
          error: { type: 'invalid_request_error', message: 'fake: no such route' },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.port = (server.address() as AddressInfo).port;
  state.baseURL = `http://127.0.0.1:${state.port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}
