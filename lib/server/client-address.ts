import 'server-only';

import { headers } from 'next/headers';

import { env } from '../validation/env';

/**
 * The visitor's address, for counting failed logins per address; undefined when it cannot be
 * trusted. Next puts the socket's address in X-Forwarded-For only when the request has none, so a
 * browser talking to Next directly can write any address there: the header is believed only with
 * TRUST_PROXY, behind a proxy that sets it. The last entry is the one that proxy added.
 */
export async function clientAddress(): Promise<string | undefined> {
  if (!env().TRUST_PROXY) return undefined;
  const forwarded = (await headers()).get('x-forwarded-for');
  const last = forwarded?.split(',').at(-1)?.trim();
  return last && last.length <= 100 ? last : undefined;
}
