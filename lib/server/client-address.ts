import 'server-only';

import { headers } from 'next/headers';

import { addressKey } from '../domain/address-key';
import { env } from '../validation/env';
import { CLIENT_ADDRESS_HEADER } from './serve/client-address-header';

/**
 * The visitor's address, as the key the rate limits count under (lib/domain/address-key.ts);
 * undefined when it cannot be known. In production every request comes through the page server
 * (lib/server/serve/main.ts), which sees the socket and writes the address into a header of its
 * own, overwriting any the request brought (docs/decisions/0006-rate-limits.md). Next alone (`next
 * dev`) cannot see the socket: Next puts the socket's address in X-Forwarded-For only when the
 * request has none, so a browser can write any address there. It is believed only with
 * TRUST_PROXY, behind a proxy that sets it; the last entry is the one that proxy added.
 */
export async function clientAddress(): Promise<string | undefined> {
  const list = await headers();
  // Set in this process by the page server, which also strips the header from every request.
  if (process.env.SHOP_RENDER_TOKEN) return list.get(CLIENT_ADDRESS_HEADER) ?? undefined;
  if (!env().TRUST_PROXY) return undefined;
  const last = list.get('x-forwarded-for')?.split(',').at(-1)?.trim();
  return last ? addressKey(last) : undefined;
}
