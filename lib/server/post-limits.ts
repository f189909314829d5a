import 'server-only';

import type { Refusal } from './refusal-page';

// Which posts are refused before anyone reads them: the proxy's guard (./post-guard.ts) and the
// page server's cart posts (./serve/cart-post.ts) ask the same questions. No Next import here:
// the page server runs outside Next.

/** Every form post and server action but the staff's product form: text fields only. */
export const ACTION_BODY_LIMIT = 64 * 1024;
/** The product form with its image (at most 5 MB, MAX_IMAGE_BYTES): next.config's bodySizeLimit. */
export const UPLOAD_BODY_LIMIT = 6 * 1024 * 1024;
// The pages whose form uploads a product image; only staff get past guardAdmin to post there.
const UPLOAD_PAGE = /^\/[a-z]{2}\/admin\/products\/(?:new|\d+)\/?$/;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

type HeaderSource = { get(name: string): string | null };

/**
 * Whether a post to a page (a server action, with or without JavaScript) must be refused before
 * Next reads it. A foreign, `null` or malformed Origin is a cross-site request: Next refuses it
 * too, but with a 500 and an error in the log. A request without Origin goes on, as in Next
 * (browsers send it with every post; a handcrafted request carries no one else's cookie).
 * The body's size is known from Content-Length before any of it is read; a body without one
 * (chunked) could only be counted by reading it, and browsers always send the length.
 */
export function refusedPost(
  method: string,
  pathname: string,
  headers: HeaderSource,
): { status: 403 | 411 | 413; refusal: Refusal } | undefined {
  if (SAFE_METHODS.has(method)) return undefined;
  if (!sameOrigin(headers)) return { status: 403, refusal: 'forbidden' };
  const length = headers.get('content-length');
  if (length === null) {
    return headers.get('transfer-encoding') === null
      ? undefined
      : { status: 411, refusal: 'lengthRequired' };
  }
  const limit = UPLOAD_PAGE.test(pathname) ? UPLOAD_BODY_LIMIT : ACTION_BODY_LIMIT;
  if (!/^\d{1,15}$/.test(length.trim()) || Number(length) > limit)
    return { status: 413, refusal: 'tooLarge' };
  return undefined;
}

/** The host the post must come from, compared as Next's action handler compares it. */
function sameOrigin(headers: HeaderSource): boolean {
  const origin = headers.get('origin');
  if (origin === null) return true;
  let originHost: string;
  try {
    const url = new URL(origin);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
    originHost = url.host;
  } catch {
    return false;
  }
  const forwarded = headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  return originHost === forwarded || originHost === headers.get('host');
}
