import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  experimental: {
    // The message catalogues are compiled when the app is built, so the browser formats them
    // with a few hundred bytes of code instead of shipping an ICU message parser (12 KB gzip)
    // to every page. Code run outside Next (the page server, the worker) reads the plain JSON.
    messages: { path: './lib/i18n/messages', format: 'json', locales: 'infer', precompile: true },
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  // No cacheComponents (partial prerendering): its request-time holes stream in behind a static
  // shell and are revealed by inline scripts, so a shopper without JavaScript would see only the
  // fallbacks, and a product that is not found could no longer get a 404 status. Pages render
  // whole on the server instead; see docs/decisions/0001-no-partial-prerendering.md.
  // `npm start` runs `next start`; `.next/standalone/server.js` is there too for a slim deployment.
  output: 'standalone',
  // Read from disk at run time, so they must travel with a standalone build: the migrations, the
  // invoice fonts (DejaVu has Cyrillic) and pdfkit's own font metrics.
  outputFileTracingIncludes: {
    '/**': [
      './db/migrations/**/*',
      './node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
      './node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
      './node_modules/pdfkit/js/data/**/*',
    ],
  },
  serverExternalPackages: ['better-sqlite3', 'pdfkit', 'fontkit'],
  poweredByHeader: false,
  // `npm test` checks the types itself (tsc over the same tsconfig, beside the end-to-end tests), so
  // its build skips Next's second pass over the same files (30 s on 2 cores). Any other build, a
  // deployment's included, still checks them.
  typescript: { ignoreBuildErrors: process.env.SHOP_TYPES_CHECKED === '1' },
  experimental: {
    // app/global-not-found.tsx answers addresses no route matches. As app/not-found.tsx it was
    // also rendered into every page as the root layout's not-found fallback: a second header,
    // footer and message set in each page's payload, and the cart counted again.
    globalNotFound: true,
    // Turbopack keeps a build cache in .next/cache (a rebuild then takes about half the time), but
    // CI builds once from a clean clone: writing it there costs 12 CPU-seconds and is never read
    // (from scratch alone: 25 s and 46 CPU-s with it, 19 s and 34 CPU-s without).
    turbopackFileSystemCacheForBuild: !process.env.CI,
    // Product images may be up to 5 MB (MAX_IMAGE_BYTES), so that a slightly larger one still
    // reaches the form's own check and gets its message instead of a framework error page.
    serverActions: { bodySizeLimit: '6mb' },
  },
  // The product cards' short image addresses (lib/image-loader.ts) are Next's image optimizer.
  async rewrites() {
    return {
      beforeFiles: [
        {
          source: '/img/:width(\\d{1,4})/:quality(\\d{1,3})/:file*',
          destination: '/_next/image?url=/media/:file*&w=:width&q=:quality',
        },
      ],
    };
  },
  images: {
    // Only the widths the layout shows (cards at a quarter to half of a 1152 px page, the product
    // image at half or the whole phone screen, cart thumbnails of 80 px), at 1-3x density. Next's
    // default 16 widths made every card's srcset longer than the card; 24 cards carried 30 KB of it.
    deviceSizes: [640, 828, 1080, 1200],
    imageSizes: [96, 256, 384],
    // Product images live in MEDIA_ROOT (outside the code) and are served by app/media/[...path].
    localPatterns: [{ pathname: '/media/**' }],
  },
};

export default withNextIntl(nextConfig);
