import 'server-only';

export type LimitedBody = { ok: true; text: string } | { ok: false; status: 413 };

/**
 * A route handler's request body as text, at most `maxBytes` of it. A Content-Length over the
 * limit is refused before anything is read; a body that turns out longer (chunked, or a lying
 * length) is refused as soon as the limit is passed, and the rest is never read or kept.
 */
export async function readBodyText(request: Request, maxBytes: number): Promise<LimitedBody> {
  const declared = request.headers.get('content-length');
  if (declared !== null && !(Number(declared) <= maxBytes)) return { ok: false, status: 413 };
  if (!request.body) return { ok: true, text: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, status: 413 };
    }
    chunks.push(value);
  }
  return { ok: true, text: Buffer.concat(chunks, size).toString('utf8') };
}
