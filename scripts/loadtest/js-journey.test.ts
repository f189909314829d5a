import { describe, expect, it } from 'vitest';

import type { Answer } from './http';
import { actionRedirect, cartChanged, redirectedTo } from './js-journey';

/** An action's answer: 200, an RSC payload, maybe an x-action-redirect header. */
const answer = (payload: string, redirect?: string): Answer => ({
  status: 200,
  html: payload,
  url: 'http://127.0.0.1:3000/en/checkout',
  headers: new Headers({
    'content-type': 'text/x-component',
    ...(redirect ? { 'x-action-redirect': redirect } : {}),
  }),
});

const returned = (state: object) => answer(`0:{"a":"$@1","q":""}\n1:${JSON.stringify(state)}\n`);
const redirected = (location: string) => answer('0:{"q":""}\n', `${location};push`);

describe('actionRedirect', () => {
  it('takes the location from x-action-redirect, without the push or replace after it', () => {
    expect(actionRedirect(redirected('/en/payment/completed?order=19'))).toBe(
      '/en/payment/completed?order=19',
    );
    expect(actionRedirect(answer('', '/en/cart'))).toBe('/en/cart');
    expect(actionRedirect(returned({}))).toBeUndefined();
  });
});

describe('cartChanged', () => {
  it('passes a returned success, fails a refusal with what the shop said, and a redirect', () => {
    expect(cartChanged(returned({ status: 'success', message: 'Added.' }))).toBeUndefined();
    expect(
      cartChanged(returned({ status: 'error', message: 'Only 20 in stock.', field: 'quantity' })),
    ).toBe('refused: {"status":"error","message":"Only 20 in stock.","field":"quantity"}');
    expect(cartChanged(redirected('/en/cart'))).toBe('sent to /en/cart instead of answering');
  });
});

describe('redirectedTo', () => {
  const toPayment = redirectedTo(/^\/en\/orders\/(\d+)\/pay$/);

  it('passes the expected redirect, fails another one and a returned state', () => {
    expect(toPayment(redirected('/en/orders/19/pay'))).toBeUndefined();
    expect(toPayment(redirected('/en/cart?checkout=empty'))).toBe(
      'sent to /en/cart?checkout=empty',
    );
    expect(toPayment(returned({ problem: 'tooMany', minutes: 5 }))).toBe(
      'refused: {"problem":"tooMany","minutes":5}',
    );
  });
});
