import { connection } from 'next/server';

import { databaseIsReachable } from '@/lib/server/health';

export async function GET() {
  // Checked on every request, never answered from a build-time prerender.
  await connection();
  const ok = await databaseIsReachable();
  return Response.json(
    { status: ok ? 'ok' : 'unavailable', database: ok },
    { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
