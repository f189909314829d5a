import 'server-only';

import { headers } from 'next/headers';
import { cache } from 'react';

import {
  decodeVariant,
  isTrustedRender,
  RENDER_TOKEN_HEADER,
  VARIANT_HEADER,
  type PageVariant,
} from './serve/variant';

/**
 * The variant the page server asked this render for, or undefined for an ordinary request (which
 * reads the visitor's own session). Only a request with this process's secret render token is
 * believed; the page server strips both headers from every request that comes from outside.
 */
export const pageVariant = cache(async (): Promise<PageVariant | undefined> => {
  const list = await headers();
  if (!isTrustedRender(list.get(RENDER_TOKEN_HEADER))) return undefined;
  return decodeVariant(list.get(VARIANT_HEADER));
});
