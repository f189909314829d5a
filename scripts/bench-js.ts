// npm run bench:js — the JavaScript budget of issue 16: what the catalog, a product page and the
// cart make a browser download, beside what every App Router page of this build downloads anyway
// (the "blank Next page": the framework, main-app and runtime chunks the build manifest lists as
// rootMainFiles and the client page root; see blankPageChunks). Sizes are gzip at level 9, each
// file on its own, as a CDN that compresses ahead of time serves them.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

import { ensureFreshBuild, startBuiltShop, type BuiltShop } from './bench/built-shop';
import { fetchOnce } from './bench/processes';

const USAGE = `npm run bench:js -- [options]
  --reuse-build   measure the existing build even when sources are newer (no npm run build)
  --chunks N      list the N largest chunks beyond the blank page per page (default 5)`;

const { values: args } = parseArgs({
  options: {
    'reuse-build': { type: 'boolean', default: false },
    chunks: { type: 'string', default: '5' },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

// The budget: the shop's own JavaScript on these pages, beyond a blank Next page.
const BUDGET_BYTES = 20 * 1024;
const ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

const gzipped = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * A blank Next page of this very build: Next's own global-error page (the shop has no
 * app/global-error.tsx), prerendered as .next/server/app/_global-error.html, which holds no
 * component of the shop. It loads the build's rootMainFiles (framework, main-app, the Turbopack
 * runtime) and the client page root every App Router page loads; checked against the manifest.
 */
function blankPageChunks(): string[] {
  const manifest = JSON.parse(readFileSync(path.join('.next', 'build-manifest.json'), 'utf8')) as {
    rootMainFiles?: string[];
  };
  const rootMainFiles = (manifest.rootMainFiles ?? []).map((file) => `/_next/${file}`);
  const blankHtml = path.join('.next', 'server', 'app', '_global-error.html');
  const blank = existsSync(blankHtml) ? scriptsOf(readFileSync(blankHtml, 'utf8')).sources : [];
  if (rootMainFiles.length === 0 || !rootMainFiles.every((file) => blank.includes(file))) {
    throw new Error(`${blankHtml} is missing or does not load the build's rootMainFiles`);
  }
  return blank;
}

/** Every script a page's HTML makes the browser load, and its inline RSC payload. */
function scriptsOf(html: string) {
  const sources = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(match[0])?.[1];
    // Polyfills for browsers without modules: a modern browser neither downloads nor runs them.
    if (src && !/\snomodule\b/i.test(match[0])) sources.add(src);
  }
  for (const match of html.matchAll(/<link\b[^>]*?\brel="preload"[^>]*>/g)) {
    const href = /\shref="([^"]+)"/.exec(match[0])?.[1];
    if (/\sas="script"/.test(match[0]) && href) sources.add(href);
  }
  const inline = [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1]!)
    .filter((body) => body.includes('self.__next_f'));
  return {
    sources: [...sources].map((src) => src.replaceAll('&amp;', '&')),
    payload: inline.join(''),
  };
}

const chunkSizes = new Map<string, { raw: number; gzip: number }>();
async function sizeOf(base: string, src: string) {
  const url = new URL(src, base);
  const key = url.pathname;
  let size = chunkSizes.get(key);
  if (!size) {
    const fetched = await fetchOnce(url.href, {});
    if (fetched.statusCode !== 200) throw new Error(`${key} answered ${fetched.statusCode}`);
    size = { raw: fetched.body.length, gzip: gzipped(fetched.body) };
    chunkSizes.set(key, size);
  }
  return { path: key, ...size };
}

async function measurePage(shop: BuiltShop, name: string, pagePath: string, cookie?: string) {
  const page = await fetchOnce(shop.base + pagePath, {
    headers: { accept: ACCEPT, ...(cookie ? { cookie } : {}) },
  });
  if (page.statusCode !== 200) throw new Error(`${pagePath} answered ${page.statusCode}`);
  const { sources, payload } = scriptsOf(page.body.toString('utf8'));
  const chunks = await Promise.all(sources.map((src) => sizeOf(shop.base, src)));
  return {
    name,
    pagePath,
    chunks,
    payloadRaw: Buffer.byteLength(payload),
    payloadGzip: gzipped(payload),
  };
}

async function main() {
  const build = await ensureFreshBuild(args['reuse-build']);
  const shop = await startBuiltShop('bench-js');
  try {
    const blankPaths = blankPageChunks();
    const blank = await Promise.all(blankPaths.map((src) => sizeOf(shop.base, src)));
    const blankGzip = blank.reduce((sum, chunk) => sum + chunk.gzip, 0);
    const pages = [
      await measurePage(shop, 'catalog', '/en'),
      await measurePage(shop, 'product', shop.productPath, shop.cartCookie),
      await measurePage(shop, 'cart (3 lines)', '/en/cart', shop.cartCookie),
    ];
    console.log(`npm run bench:js — ${new Date().toISOString()}, ${build}`);
    console.log('JavaScript each page loads (<script src> and script preloads), gzip -9 per file.');
    console.log(
      `Blank Next page (Next's own global-error page of this build): ${blank.length} chunks, ` +
        `${kb(blank.reduce((sum, chunk) => sum + chunk.raw, 0))} raw, ${kb(blankGzip)} gzip\n`,
    );
    const rows = [
      ['page', 'chunks', 'JS gzip', 'beyond blank', 'budget', 'RSC payload (raw / gzip)'],
    ];
    let overBudget = false;
    for (const page of pages) {
      const gzip = page.chunks.reduce((sum, chunk) => sum + chunk.gzip, 0);
      const beyond = page.chunks
        .filter((chunk) => !blankPaths.includes(chunk.path))
        .reduce((sum, chunk) => sum + chunk.gzip, 0);
      const missing = blankPaths.filter((src) => !page.chunks.some((chunk) => chunk.path === src));
      if (missing.length) console.error(`${page.name}: does not load ${missing.join(', ')}`);
      overBudget ||= beyond > BUDGET_BYTES;
      rows.push([
        `${page.name} ${page.pagePath}`,
        String(page.chunks.length),
        kb(gzip),
        kb(beyond),
        beyond > BUDGET_BYTES ? `OVER ${kb(BUDGET_BYTES)}` : `ok (≤ ${kb(BUDGET_BYTES)})`,
        `${kb(page.payloadRaw)} / ${kb(page.payloadGzip)}`,
      ]);
    }
    const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
    for (const row of rows)
      console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
    const top = Number(args.chunks);
    for (const page of pages) {
      const own = page.chunks
        .filter((chunk) => !blankPaths.includes(chunk.path))
        .sort((a, b) => b.gzip - a.gzip)
        .slice(0, top);
      console.log(`\n${page.name}: largest chunks beyond the blank page`);
      for (const chunk of own) console.log(`  ${kb(chunk.gzip).padStart(9)}  ${chunk.path}`);
    }
    process.exitCode = overBudget ? 1 : 0;
  } finally {
    await shop.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
