import { isLocale } from '@/lib/i18n/locales';
import { loginPath, staffAccess } from '@/lib/server/auth';
import { renderInvoice } from '@/lib/server/invoice';
import { findOrder } from '@/lib/server/orders';
import { env } from '@/lib/validation/env';
import { parseId } from '@/lib/validation/id';

/** The order's PDF invoice, for staff; it checks staff itself, not only through the proxy. */
export async function GET(
  _request: Request,
  { params }: RouteContext<'/[locale]/admin/orders/[id]/invoice'>,
) {
  const { locale, id } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  const access = await staffAccess();
  if (access === 'anonymous') {
    const back = `/admin/orders/${encodeURIComponent(id)}/invoice`;
    // Relative: request.url names the address the server listens on, not the browser's.
    return new Response(null, { status: 303, headers: { Location: loginPath(locale, back) } });
  }
  if (access === 'customer') return new Response('Forbidden', { status: 403 });
  const orderId = parseId(id);
  const order = orderId === undefined ? undefined : await findOrder(orderId);
  if (!order) return new Response('Not found', { status: 404 });

  const pdf = await renderInvoice(order, env().SHOP_NAME);
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="invoice-${order.id}.pdf"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
