import { NextResponse, type NextRequest } from 'next/server';

import { applyCartPost, cartPostLocation } from '@/lib/server/cart-post';
import { requestSession } from '@/lib/server/session';
import { formFields } from '@/lib/validation/form';
import { cartPostTarget } from '@/lib/validation/cart-post-path';

/**
 * The cart's forms posted without JavaScript (lib/server/cart-post.ts). In production the page
 * server answers the plain ones before Next does; this answers the rest, and all of them under
 * `next dev`. The proxy has already refused a post from another site or too large (post-guard.ts).
 */
export async function postCartForm(request: NextRequest) {
  const target = cartPostTarget(request.nextUrl.pathname);
  if (!target) return new NextResponse(null, { status: 404 });
  const form = await request.formData().catch(() => undefined);
  const outcome = await applyCartPost(
    target.kind,
    form ? formFields(form) : {},
    requestSession,
    target.locale,
  );
  return NextResponse.redirect(
    new URL(await cartPostLocation(target.locale, target.kind, outcome), request.url),
    303,
  );
}
