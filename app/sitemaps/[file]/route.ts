import { siteOrigin, sitemapPage, sitemapXml } from '@/lib/server/seo';

export const dynamic = 'force-dynamic';

/** /sitemaps/{n}.xml: the home, category and product pages, in every language with alternates. */
export async function GET(request: Request, { params }: RouteContext<'/sitemaps/[file]'>) {
  const [, page] = /^(\d{1,6})\.xml$/.exec((await params).file) ?? [];
  const entries = page === undefined ? undefined : await sitemapPage(Number(page));
  if (!entries) return new Response('Not found', { status: 404 });
  return new Response(sitemapXml(entries, siteOrigin(request.url)), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
}
