import { NextResponse, type NextRequest } from 'next/server';

import {
  applyCartPost,
  cartPostLocation,
  isSameOrigin,
  MAX_CART_POST_BYTES,
} from '@/lib/server/cart-post';
import { refusal } from '@/lib/server/form-refusal';
import { requestSession } from '@/lib/server/session';
import { formFields } from '@/lib/validation/cart-forms';
import { cartPostTarget } from '@/lib/validation/cart-post-path';

/**
 * The cart page's forms posted without JavaScript (lib/server/cart-post.ts). In production the
 * page server answers the plain ones before Next does; this answers the rest, and all of them
 * under `next dev`.
 */
export async function postCartForm(request: NextRequest) {
  const target = cartPostTarget(request.nextUrl.pathname);
  if (!target) return new NextResponse(null, { status: 404 });
  const refuse = (status: 403 | 413) =>
    new NextResponse(refusal(status, target.locale), {
      status,
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    });
  const sameOrigin = isSameOrigin({
    origin: request.headers.get('origin'),
    host: request.headers.get('host'),
    forwardedHost: request.headers.get('x-forwarded-host'),
  });
  if (!sameOrigin) return refuse(403);
  if (Number(request.headers.get('content-length')) > MAX_CART_POST_BYTES) return refuse(413);
  const form = await request.formData().catch(() => undefined);
  const outcome = await applyCartPost(target.kind, form ? formFields(form) : {}, requestSession);
  return NextResponse.redirect(
    new URL(cartPostLocation(target.locale, target.kind, outcome), request.url),
    303,
  );
}
