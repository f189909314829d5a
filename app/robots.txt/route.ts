import { robotsTxt, siteOrigin } from '@/lib/server/seo';

// The sitemap's address comes from SHOP_URL, set where the build is started, not where it is built.
export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return new Response(robotsTxt(siteOrigin(request.url)), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}
