import 'server-only';

import { timingSafeEqual } from 'node:crypto';

import { z } from 'zod';

/**
 * What one visitor sees of a cached catalog page that another may not: the header (cart count,
 * signed in as whom) and, on a product page, how many of it are already in the cart. The page
 * server (./front-handler.ts) computes it from the session cookie and asks Next to render the
 * page for it; every visitor with the same variant gets the same bytes.
 */
export type PageVariant = {
  count: number;
  user: { name: string; isStaff: boolean } | null;
  inCart?: number;
};

/** Header names of the page server's internal render requests; stripped from every outside request. */
export const VARIANT_HEADER = 'x-shop-variant';
export const RENDER_TOKEN_HEADER = 'x-shop-render-token';

const variantSchema = z.object({
  count: z.number().int().min(0),
  user: z.object({ name: z.string(), isStaff: z.boolean() }).nullable(),
  inCart: z.number().int().min(0).optional(),
});

/** Stable text for a variant: the cache key part and the header value (base64url of it). */
export function variantKey(variant: PageVariant): string {
  const { count, user, inCart } = variant;
  return JSON.stringify({
    count,
    user: user && { name: user.name, isStaff: user.isStaff },
    inCart,
  });
}

export function encodeVariant(variant: PageVariant): string {
  return Buffer.from(variantKey(variant)).toString('base64url');
}

export function decodeVariant(value: string | null | undefined): PageVariant | undefined {
  if (!value) return undefined;
  try {
    const parsed = variantSchema.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString()));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a request carries the render token of this process (set by the page server at start). */
export function isTrustedRender(token: string | null | undefined): boolean {
  const expected = process.env.SHOP_RENDER_TOKEN;
  if (!expected || !token) return false;
  const a = Buffer.from(token);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
