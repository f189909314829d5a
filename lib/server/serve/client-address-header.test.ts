import type { IncomingMessage } from 'node:http';

import { describe, expect, it } from 'vitest';

import {
  CLIENT_ADDRESS_HEADER,
  clientAddressOf,
  stampClientAddress,
} from './client-address-header';

function request(headers: Record<string, string>, remoteAddress = '198.51.100.7') {
  return { headers: { ...headers }, socket: { remoteAddress } } as unknown as IncomingMessage;
}

describe('clientAddressOf', () => {
  it('is the socket address unless a proxy is trusted', () => {
    expect(clientAddressOf('203.0.113.1', '198.51.100.7', false)).toBe('198.51.100.7');
    expect(clientAddressOf(undefined, '::ffff:198.51.100.7', false)).toBe('198.51.100.7');
    expect(clientAddressOf(undefined, '2001:db8::5', false)).toBe('2001:db8:0:0::/64');
  });

  it('with a trusted proxy, is the last forwarded address, the one that proxy added', () => {
    expect(clientAddressOf('1.1.1.1, 203.0.113.1', '10.0.0.2', true)).toBe('203.0.113.1');
    expect(clientAddressOf(['1.1.1.1', '203.0.113.2'], '10.0.0.2', true)).toBe('203.0.113.2');
    expect(clientAddressOf(undefined, '10.0.0.2', true)).toBe('10.0.0.2');
    expect(clientAddressOf('not an address', '10.0.0.2', true)).toBeUndefined();
  });
});

describe('stampClientAddress', () => {
  it("overwrites the request's own claim with the socket's address", () => {
    const req = request({ [CLIENT_ADDRESS_HEADER]: '6.6.6.6', 'x-forwarded-for': '7.7.7.7' });
    stampClientAddress(req, false);
    expect(req.headers[CLIENT_ADDRESS_HEADER]).toBe('198.51.100.7');
  });

  it('removes a claim it cannot replace', () => {
    const req = request({ [CLIENT_ADDRESS_HEADER]: '6.6.6.6' }, '');
    stampClientAddress(req, false);
    expect(req.headers[CLIENT_ADDRESS_HEADER]).toBeUndefined();
  });
});
