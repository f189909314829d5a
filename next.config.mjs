import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // No cacheComponents (partial prerendering): its request-time holes stream in behind a static
  // shell and are revealed by inline scripts, so a shopper without JavaScript would see only the
  // fallbacks, and a product that is not found could no longer get a 404 status. Pages render
  // whole on the server instead; see docs/decisions/0001-no-partial-prerendering.md.
  // `npm start` runs `next start`; `.next/standalone/server.js` is there too for a slim deployment.
  output: 'standalone',
  // Migrations are read from disk when the server starts, so they must travel with a standalone build.
  outputFileTracingIncludes: { '/**': ['./db/migrations/**/*'] },
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
  images: {
    // Product images live in MEDIA_ROOT (outside the code) and are served by app/media/[...path].
    localPatterns: [{ pathname: '/media/**' }],
  },
};

export default withNextIntl(nextConfig);
