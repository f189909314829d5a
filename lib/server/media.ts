import 'server-only';

import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { env } from '../validation/env';

const CONTENT_TYPES: Record<string, string> = {
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
};
const SAFE_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Reads a media file by its path segments; undefined for anything unsafe, unknown or missing. */
export async function readMedia(
  segments: readonly string[],
): Promise<{ body: Buffer; contentType: string } | undefined> {
  if (segments.length === 0 || !segments.every((segment) => SAFE_SEGMENT.test(segment))) {
    return undefined;
  }
  const contentType = CONTENT_TYPES[path.extname(segments.at(-1) ?? '').toLowerCase()];
  if (!contentType) return undefined;
  const root = path.resolve(env().MEDIA_ROOT);
  const file = path.resolve(root, ...segments);
  if (!file.startsWith(root + path.sep)) return undefined;
  try {
    return { body: await readFile(file), contentType };
  } catch {
    return undefined;
  }
}
