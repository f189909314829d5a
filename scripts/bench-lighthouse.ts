// npm run bench:lighthouse — Lighthouse's four category scores of issue 16 (mobile preset: a
// mid-range phone on a slow 4G link, simulated) for the catalog, a product page and the cart, on
// the production build served from 127.0.0.1, beside a blank Next page of the same build (the
// floor: what Next's client runtime alone scores). Chromium is Debian's (/usr/bin/chromium, or
// PLAYWRIGHT_CHROMIUM_PATH), and may resolve no name but the loopback: nothing is downloaded from
// the internet during the run, and a request that leaves the machine is reported as an error.
// Each page and its images are asked for once first (warmUp): the figures are of a shop in use.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';

import { ensureFreshBuild, startBuiltShop } from './bench/built-shop';
import { freePort } from './bench/processes';

const { values: args } = parseArgs({
  options: {
    'reuse-build': { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
    report: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log(`npm run bench:lighthouse -- [--reuse-build] [--runs N] [--report DIR]
  --reuse-build   measure the existing build even when sources are newer (no npm run build)
  --runs N        run Lighthouse N times per page and report the run of median performance
                  (its scores vary by a tenth between runs on a shared machine; 5 is Lighthouse's advice)
  --report DIR    also write each page's whole Lighthouse report (JSON) into DIR`);
  process.exit(0);
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const chromePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium';

type Row = { page: string; scores: string[]; lcp: string; cls: string; tbt: string; bytes: string };

async function main() {
  if (!existsSync(chromePath)) {
    throw new Error(
      `No Chromium at ${chromePath}: apt-get install chromium, or set PLAYWRIGHT_CHROMIUM_PATH.`,
    );
  }
  const runs = Number(args.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs takes a whole number, not ${args.runs}`);
  const build = await ensureFreshBuild(args['reuse-build']);
  const shop = await startBuiltShop('bench-lighthouse');
  const chrome = await startChromium();
  const blank = await serveBlankPage();
  const rows: Row[] = [];
  let outside = 0;
  try {
    const pages: { name: string; base: string; path: string; cookie?: string }[] = [
      // The floor: Next's own prerendered error page of this build, which loads the same runtime
      // chunks as every page and shows one line of text (see docs/speed.md, Lighthouse).
      { name: 'blank Next page (the floor)', base: blank.base, path: '/' },
      { name: 'catalog /en', base: shop.base, path: '/en' },
      { name: `product ${shop.productPath}`, base: shop.base, path: shop.productPath },
      {
        name: 'cart /en/cart (3 lines)',
        base: shop.base,
        path: '/en/cart',
        cookie: shop.cartCookie,
      },
    ];
    for (const page of pages) {
      await warmUp(page.base, page.path, page.cookie);
      const reports: Result[] = [];
      for (let run = 1; run <= runs; run++) {
        console.error(`lighthouse ${page.path} (run ${run} of ${runs}) ...`);
        const result = await lighthouse(page.base + page.path, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
          ...(page.cookie ? { extraHeaders: { Cookie: page.cookie } } : {}),
        });
        if (!result) throw new Error(`lighthouse gave no result for ${page.path}`);
        if (result.lhr.runtimeError)
          throw new Error(`${page.path}: ${result.lhr.runtimeError.message}`);
        reports.push(result.lhr);
      }
      const performance = (report: Result) => report.categories.performance?.score ?? 0;
      if (runs > 1)
        console.error(
          `  performance of the runs: ${reports.map((r) => Math.round(performance(r) * 100)).join(', ')}`,
        );
      const lhr = reports.sort((a, b) => performance(a) - performance(b))[(runs - 1) >> 1]!;
      if (args.report) {
        mkdirSync(args.report, { recursive: true });
        const file = path.join(args.report, `${page.name.replace(/[^a-z0-9]+/gi, '-')}.json`);
        writeFileSync(file, JSON.stringify(lhr));
      }
      printLongTasks(lhr);
      const requests =
        (lhr.audits['network-requests']?.details as { items?: { url: string }[] } | undefined)
          ?.items ?? [];
      for (const request of requests) {
        const url = new URL(request.url);
        if (url.protocol.startsWith('http') && url.hostname !== '127.0.0.1') {
          outside += 1;
          console.error(`${page.path} asked for ${request.url}, outside this machine`);
        }
      }
      const consoleErrors =
        (
          lhr.audits['errors-in-console']?.details as
            { items?: { source?: string; description?: string; url?: string }[] } | undefined
        )?.items ?? [];
      for (const item of consoleErrors)
        console.error(
          `  console: ${item.source ?? ''} ${item.description ?? ''} ${item.url ?? ''}`,
        );
      const audit = (id: string) => lhr.audits[id]?.displayValue ?? '?';
      rows.push({
        page: page.name,
        scores: CATEGORIES.map((id) => {
          const score = lhr.categories[id]?.score;
          return score === null || score === undefined ? '?' : String(Math.round(score * 100));
        }),
        lcp: audit('largest-contentful-paint'),
        cls: audit('cumulative-layout-shift'),
        tbt: audit('total-blocking-time'),
        bytes: audit('total-byte-weight'),
      });
      for (const id of CATEGORIES) {
        // What keeps a category below 100, to know what to fix.
        const failing = (lhr.categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter(
            (found) => found?.score !== null && found?.score !== undefined && found.score < 1,
          );
        if (failing.length > 0) {
          const shown = failing.map(
            (found) => `${found!.id} ${found!.displayValue ?? found!.score}`,
          );
          console.error(`  ${id}: ${shown.join('; ')}`);
        }
      }
    }
  } finally {
    await chrome.kill();
    await blank.stop();
    await shop.stop();
  }
  console.log(`npm run bench:lighthouse — ${new Date().toISOString()}, ${build}`);
  console.log(
    `Lighthouse mobile preset (simulated slow 4G, 4x CPU slowdown), ${chromePath}` +
      (runs > 1 ? `; each page's run of median performance out of ${runs}` : '') +
      '\n',
  );
  const table = [
    ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'CLS', 'TBT', 'bytes'],
    ...rows.map((row) => [row.page, ...row.scores, row.lcp, row.cls, row.tbt, row.bytes]),
  ];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  for (const row of table)
    console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
  if (outside > 0) {
    console.error(`${outside} request(s) left the machine: see above.`);
    process.exitCode = 1;
  }
}

/**
 * The main thread's tasks that count towards Total Blocking Time (over 50 ms once Lighthouse's
 * CPU slowdown is applied), with the script each started in: what to look at when TBT is high.
 */
function printLongTasks(lhr: Result) {
  const items =
    (
      lhr.audits['long-tasks']?.details as
        { items?: { url?: string; duration?: number; startTime?: number }[] } | undefined
    )?.items ?? [];
  for (const item of items) {
    const url = (item.url ?? '?').replace(/^https?:\/\/[^/]+/, '');
    console.error(
      `  long task at ${Math.round(item.startTime ?? 0)} ms: ${Math.round(item.duration ?? 0)} ms in ${url}`,
    );
  }
}

/**
 * Asks once for the page and every image and script it names, as a browser would: the first
 * request of a page or of an image size renders or resizes it, and a shopper seldom meets that.
 */
async function warmUp(base: string, pagePath: string, cookie?: string) {
  const html = await fetch(base + pagePath, { headers: cookie ? { cookie } : {} }).then((r) =>
    r.text(),
  );
  const urls = new Set<string>();
  for (const match of html.matchAll(/\s(?:src|srcset|imagesrcset|href)="([^"]+)"/gi)) {
    for (const candidate of match[1]!.replaceAll('&amp;', '&').split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url?.startsWith('/') && !url.startsWith('//')) urls.add(url);
    }
  }
  const accept = 'image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8';
  for (const url of urls) {
    if (/^\/(_next\/|media\/)/.test(url)) {
      await fetch(base + url, { headers: { accept } }).then(
        (r) => r.arrayBuffer(),
        () => undefined,
      );
    }
  }
}

/**
 * Next's prerendered error page of this build (.next/server/app/_global-error.html, the blank page
 * of `npm run bench:js`) and the build's static files, served on loopback gzipped and cached as
 * Next serves them: what Lighthouse gives a page that is nothing but Next's client runtime.
 */
async function serveBlankPage() {
  const html = gzipSync(readFileSync(path.join('.next', 'server', 'app', '_global-error.html')));
  const types: Record<string, string> = {
    '.js': 'application/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.woff2': 'font/woff2',
    '.svg': 'image/svg+xml',
  };
  const staticRoot = path.resolve('.next', 'static');
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/') {
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-encoding': 'gzip',
      });
      response.end(html);
      return;
    }
    const file = path.join(
      staticRoot,
      decodeURIComponent(url.pathname.replace(/^\/_next\/static\//, '')),
    );
    if (
      !url.pathname.startsWith('/_next/static/') ||
      !file.startsWith(staticRoot + path.sep) ||
      !existsSync(file)
    ) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': types[path.extname(file)] ?? 'application/octet-stream',
      'content-encoding': 'gzip',
      'cache-control': 'public, max-age=31536000, immutable',
    });
    response.end(gzipSync(readFileSync(file)));
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Chromium listening for Lighthouse on a free loopback port, with a profile of its own. */
async function startChromium() {
  const port = await freePort();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'myshop-lighthouse-chromium-'));
  const child = spawn(
    chromePath,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      // Every name but the loopback fails to resolve: the run cannot reach the internet.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const kill = async () => {
    child.kill('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 200));
    rmSync(profile, { recursive: true, force: true });
  };
  process.once('exit', () => child.kill('SIGKILL'));
  for (let waited = 0; ; waited += 100) {
    const ready = await fetch(`http://127.0.0.1:${port}/json/version`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { port, kill };
    if (waited > 30_000) {
      await kill();
      throw new Error(`${chromePath} did not open its debugging port within 30 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
