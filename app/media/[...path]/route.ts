import { readMedia } from '@/lib/server/media';

// Product images live in MEDIA_ROOT, outside the build, so a new deployment keeps them.
export async function GET(_request: Request, { params }: RouteContext<'/media/[...path]'>) {
  const media = await readMedia((await params).path);
  if (!media) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(media.body), {
    headers: {
      'Content-Type': media.contentType,
      'Cache-Control': 'public, max-age=86400',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
