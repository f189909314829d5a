import 'server-only';

import type { IncomingMessage } from 'node:http';

import { addressKey } from '../../domain/address-key';

/**
 * The page server's word on who is asking: the key (lib/domain/address-key.ts) of the client's
 * address, for the rate limits. Set on every request the page server hands to Next, after
 * removing any such header the request came with, so that nobody can choose their own.
 * Read by lib/server/client-address.ts (docs/decisions/0006-rate-limits.md).
 */
export const CLIENT_ADDRESS_HEADER = 'x-shop-client-address';

/**
 * The client's address: the socket's peer, or with `trustProxy` the last X-Forwarded-For entry
 * (the one the nearest proxy added; the socket is then that proxy). Undefined if neither is an
 * address.
 */
export function clientAddressOf(
  forwardedFor: string | string[] | undefined,
  socketAddress: string | undefined,
  trustProxy: boolean,
): string | undefined {
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor;
  const forwarded = trustProxy ? header?.split(',').at(-1)?.trim() : undefined;
  const address = forwarded || socketAddress;
  return address ? addressKey(address) : undefined;
}

/** Replaces whatever the request said about its address with what the page server knows. */
export function stampClientAddress(req: IncomingMessage, trustProxy: boolean): void {
  delete req.headers[CLIENT_ADDRESS_HEADER];
  const address = clientAddressOf(
    req.headers['x-forwarded-for'],
    req.socket.remoteAddress,
    trustProxy,
  );
  if (address) req.headers[CLIENT_ADDRESS_HEADER] = address;
}
