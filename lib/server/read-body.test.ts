import { describe, expect, it } from 'vitest';

import { readBodyText } from './read-body';

function chunkedRequest(chunks: string[], onPull: () => void): Request {
  const encoder = new TextEncoder();
  let index = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        onPull();
        const chunk = chunks[index++];
        if (chunk === undefined) controller.close();
        else controller.enqueue(encoder.encode(chunk));
      },
    },
    // Nothing is pulled before the reader asks.
    { highWaterMark: 0 },
  );
  return new Request('http://shop.test/api/x', {
    method: 'POST',
    body,
    duplex: 'half',
  } as RequestInit);
}

describe('readBodyText', () => {
  it('reads a body within the limit, UTF-8 decoded', async () => {
    const request = new Request('http://shop.test/api/x', { method: 'POST', body: 'привет' });
    expect(await readBodyText(request, 12)).toEqual({ ok: true, text: 'привет' });
  });

  it('refuses a declared length over the limit without reading the body', async () => {
    let pulls = 0;
    const { body } = chunkedRequest(['x'], () => (pulls += 1));
    // Only what the helper reads of a Request: its headers and its body stream.
    const declared = { headers: new Headers({ 'content-length': '2000' }), body } as Request;
    expect(await readBodyText(declared, 1000)).toEqual({ ok: false, status: 413 });
    expect(pulls).toBe(0);
  });

  it('stops reading a chunked body as soon as it passes the limit', async () => {
    let pulls = 0;
    const chunks = Array.from({ length: 100 }, () => 'x'.repeat(100));
    const result = await readBodyText(
      chunkedRequest(chunks, () => (pulls += 1)),
      250,
    );
    expect(result).toEqual({ ok: false, status: 413 });
    expect(pulls).toBeLessThan(10);
  });

  it('reads an empty body', async () => {
    expect(await readBodyText(new Request('http://shop.test/', { method: 'POST' }), 10)).toEqual({
      ok: true,
      text: '',
    });
  });
});
