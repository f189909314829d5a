import { isLocale } from '@/lib/i18n/locales';
import { getPathname } from '@/lib/i18n/navigation';
import { ordersCsv } from '@/lib/server/admin/orders';
import { loginPath, staffAccess } from '@/lib/server/auth';
import { parseId } from '@/lib/validation/id';

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
  const list = '/admin/orders';
  const listPath = getPathname({ href: list, locale });
  const access = await staffAccess();
  if (access === 'anonymous') return seeOther(loginPath(locale, list));
  if (access === 'customer') return new Response('Forbidden', { status: 403 });
  // A form from another site must not export anything (the cookie is SameSite=Lax as well).
  if (!sameSite(request)) return new Response('Forbidden', { status: 403 });

  const form = await request.formData();
  const ids = [...new Set(form.getAll('ids').map(String))]
    .map(parseId)
    .filter((id) => id !== undefined)
    .slice(0, MAX_EXPORT);
  if (ids.length === 0) {
    const back = String(form.get('back') ?? '');
    const query = new URLSearchParams(back.startsWith('?') ? back.slice(1) : '');
    query.set('export', 'none');
    return seeOther(`${listPath}?${query.toString()}`);
  }
  const day = new Date().toISOString().slice(0, 10);
  // The byte order mark tells Excel the file is UTF-8, so Cyrillic names open correctly.
  return new Response(`\uFEFF${await ordersCsv(ids)}`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="orders-${day}.csv"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

// request.url names the address the server listens on, not the one the browser used: compare
// hosts, and redirect with a relative Location.
function sameSite(request: Request): boolean {
  const origin = request.headers.get('origin');
  // Browsers send Origin with a form post; a client without one is not a page on another site.
  if (origin === null) return true;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  return URL.canParse(origin) && new URL(origin).host === host;
}

function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path } });
}
