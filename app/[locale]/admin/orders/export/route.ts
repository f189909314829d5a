import { isLocale } from '@/lib/i18n/locales';
import { ordersCsv } from '@/lib/server/admin/orders';
import { loginPath, staffAccess } from '@/lib/server/auth';

const MAX_EXPORT = 1000;

/**
 * The selected orders as a CSV download. A route handler rather than a server action, because
 * the answer is a file. It checks staff itself: the proxy's guard is not the only lock.
 */
export async function POST(
  request: Request,
  { params }: RouteContext<'/[locale]/admin/orders/export'>,
) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  const listPath = `/${locale}/admin/orders`;
  const access = await staffAccess();
  if (access === 'anonymous') return seeOther(request, loginPath(locale, listPath));
  if (access === 'customer') return new Response('Forbidden', { status: 403 });
  // A form from another site must not export anything (the cookie is SameSite=Lax as well).
  const origin = request.headers.get('origin');
  if (origin && origin !== new URL(request.url).origin) {
    return new Response('Forbidden', { status: 403 });
  }

  const form = await request.formData();
  const ids = [...new Set(form.getAll('ids').map(String))]
    .filter((id) => /^\d{1,15}$/.test(id))
    .map(Number)
    .slice(0, MAX_EXPORT);
  if (ids.length === 0) {
    const back = String(form.get('back') ?? '');
    const query = new URLSearchParams(back.startsWith('?') ? back.slice(1) : '');
    query.set('export', 'none');
    return seeOther(request, `${listPath}?${query.toString()}`);
  }
  const day = new Date().toISOString().slice(0, 10);
  // The byte order mark tells Excel the file is UTF-8, so Cyrillic names open correctly.
  return new Response(`\uFEFF${ordersCsv(ids)}`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="orders-${day}.csv"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

function seeOther(request: Request, path: string): Response {
  return Response.redirect(new URL(path, request.url), 303);
}
