import { siteOrigin, sitemapIndexXml, sitemapPageCount } from '@/lib/server/seo';

// Read on every request: a product added in the admin is in the next crawl.
export const dynamic = 'force-dynamic';

/** The sitemap index: one sitemap page per 10,000 products (lib/server/seo.ts). */
export async function GET(request: Request) {
  return new Response(sitemapIndexXml(await sitemapPageCount(), siteOrigin(request.url)), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
}
