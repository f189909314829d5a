import 'server-only';

import { request } from 'node:http';

import { encodeVariant, RENDER_TOKEN_HEADER, VARIANT_HEADER, type PageVariant } from './variant';

export type RenderedPage = {
  status: number;
  headers: [string, string][];
  body: Buffer;
  gzip?: Buffer;
};

// Per connection or per response, or replaced when the page is served (./front-handler.ts send).
// A cookie set while rendering belongs to the render request, never to a visitor.
const DROPPED_HEADERS = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
  'date',
  'set-cookie',
  'x-shop-cache',
]);

/**
 * Asks Next, on this process's internal address, for a page as a visitor with `variant` would see
 * it, but with no cookie at all: nothing of the visitor who happened to ask first can end up in a
 * page that others are served. The host is fixed too, so that a forged Host header cannot either.
 */
export function pageRenderer(internal: { port: number; host: string }, token: string) {
  return (path: string, variant: PageVariant): Promise<RenderedPage> =>
    new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: internal.port,
          path,
          method: 'GET',
          headers: {
            host: internal.host,
            accept: 'text/html',
            [VARIANT_HEADER]: encodeVariant(variant),
            [RENDER_TOKEN_HEADER]: token,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const headers: [string, string][] = [];
            const raw = res.rawHeaders;
            for (let i = 0; i + 1 < raw.length; i += 2) {
              const name = raw[i]!.toLowerCase();
              if (!DROPPED_HEADERS.has(name)) headers.push([name, raw[i + 1]!]);
            }
            resolve({ status: res.statusCode ?? 500, headers, body: Buffer.concat(chunks) });
          });
        },
      );
      req.on('error', reject);
      req.setTimeout(30_000, () => req.destroy(new Error(`rendering ${path} timed out`)));
      req.end();
    });
}
