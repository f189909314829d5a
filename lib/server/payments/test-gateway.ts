import 'server-only';

import { randomBytes } from 'node:crypto';

import { sealData, unsealData } from 'iron-session';
import { z } from 'zod';

import { getDb } from '../database';
import type { Order } from '../../../db/schema';
import { checkTestCard, type CardField, type CardFieldError } from '../../domain/test-cards';
import { env } from '../../validation/env';
import { paymentEnv } from '../../validation/payment-env';
import { shopCurrency } from '../shop';
import { markOrderPaid, type MarkPaidResult } from './mark-order-paid';

export type TestCardResult =
  | { ok: true; next: 'paid' }
  | { ok: true; next: 'authenticate'; attempt: string }
  | { ok: false; code: 'INVALID'; errors: Partial<Record<CardField, CardFieldError>> }
  | { ok: false; code: 'DECLINED' | 'ALREADY_PAID' | 'UNAVAILABLE' | 'NOT_PAID' };

// An authentication step waits this long for its answer, like a bank's page would.
const ATTEMPT_TTL_SECONDS = 15 * 60;
const attemptSchema = z.object({
  orderId: z.number().int().positive(),
  attemptId: z.string().regex(/^[A-Za-z0-9_-]{16,}$/),
  amountMinor: z.number().int().nonnegative(),
});
export type TestAttempt = z.infer<typeof attemptSchema>;

/**
 * A payment with the built-in test gateway. The card number is only looked at here: never
 * stored, logged or put into the attempt (only the outcome it stands for matters).
 */
export async function payWithTestCard(
  order: Pick<Order, 'id' | 'paid' | 'totalMinor'>,
  card: Record<CardField, string>,
  now = new Date(),
): Promise<TestCardResult> {
  if (!paymentEnv().testGateway) return { ok: false, code: 'UNAVAILABLE' };
  if (order.paid) return { ok: false, code: 'ALREADY_PAID' };
  const check = checkTestCard(card, now);
  if (!check.ok) return { ok: false, code: 'INVALID', errors: check.errors };
  if (check.outcome === 'decline') return { ok: false, code: 'DECLINED' };
  const attempt: TestAttempt = {
    orderId: order.id,
    attemptId: randomBytes(12).toString('base64url'),
    amountMinor: order.totalMinor,
  };
  if (check.outcome === 'authenticate') {
    const sealed = await sealData(attempt, {
      password: attemptPassword(),
      ttl: ATTEMPT_TTL_SECONDS,
    });
    return { ok: true, next: 'authenticate', attempt: sealed };
  }
  return settle(await completeTestPayment(attempt));
}

function settle(result: MarkPaidResult): TestCardResult {
  if (result.ok) return { ok: true, next: 'paid' };
  // A replayed attempt or a stale tab: the order was paid by the first one, or by another gateway.
  return result.code === 'ALREADY_PAID' || result.code === 'DUPLICATE_EVENT'
    ? { ok: false, code: 'ALREADY_PAID' }
    : { ok: false, code: 'NOT_PAID' };
}

/** Takes the attempt's money: the attempt id is the event id, so answering twice pays once. */
export async function completeTestPayment(attempt: TestAttempt): Promise<MarkPaidResult> {
  return markOrderPaid(getDb(), {
    orderId: attempt.orderId,
    paymentId: `test_${attempt.attemptId}`,
    amountMinor: attempt.amountMinor,
    currency: shopCurrency().code,
    source: 'test',
    eventId: `test_${attempt.attemptId}`,
  });
}

export async function completeAuthentication(attempt: TestAttempt): Promise<TestCardResult> {
  if (!paymentEnv().testGateway) return { ok: false, code: 'UNAVAILABLE' };
  return settle(await completeTestPayment(attempt));
}

/** The attempt behind an authentication step, if it is genuine, unexpired and for this order. */
export async function openAttempt(
  sealed: string | undefined,
  orderId: number,
): Promise<TestAttempt | undefined> {
  if (!sealed || sealed.length > 2000) return undefined;
  try {
    const data = await unsealData(sealed, {
      password: attemptPassword(),
      ttl: ATTEMPT_TTL_SECONDS,
    });
    const parsed = attemptSchema.safeParse(data);
    return parsed.success && parsed.data.orderId === orderId ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

// Sealed with the session secret: only this shop can make an attempt that it will accept.
function attemptPassword(): string {
  const [secret] = env().SESSION_SECRETS;
  if (!secret) throw new Error('no session secret');
  return secret;
}
