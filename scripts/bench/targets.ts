// What npm run bench:pages loads: real rows of the seeded database, a cart cookie sealed by the
// app's own code, and the cart's "set quantity" form read from the cart page's HTML.
// Runs after Object.assign(process.env, <the shop's environment>): env() must see the same settings.
import { randomBytes } from 'node:crypto';

import { and, asc, count, eq } from 'drizzle-orm';

import { openDatabase } from '../../db/connection';
import { categoryTranslations, products, productTranslations } from '../../db/schema';
import { moneyFromMinor } from '../../lib/server/shop';
import { sessionSettings } from '../../lib/server/session';
import { sealSession } from '../../lib/server/session-cookie';
import { env } from '../../lib/validation/env';
import { formBody, formsIn, withField } from './html-form';
import { fetchOnce, headerOf, headersOf, type Fetched } from './processes';

export type Target = {
  name: string;
  path: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: Buffer;
  /** The status a visitor gets; anything else stops the benchmark before it loads the target. */
  expect: (status: number) => boolean;
  /** Prints what the sample answer shows, once. */
  describe?: (sample: Fetched) => void;
};

const CART_LINES = 3;
// What a browser sends for a page; the shop answers the same without it.
const ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const ok = (status: number) => status === 200;

export function readFixtures(wantedProducts: number) {
  const db = openDatabase(env().DATABASE_PATH);
  try {
    const productCount = db.select({ n: count() }).from(products).get()?.n ?? 0;
    if (productCount < wantedProducts) {
      console.error(
        `WARNING: ${productCount} products seeded, not ${wantedProducts}: \`npm run db:seed -- ` +
          `--products N\` does not fill the catalog yet, so this run measures the sample catalog.`,
      );
    }
    const lines = db
      .select({
        id: products.id,
        priceMinor: products.priceMinor,
        categoryId: products.categoryId,
        slug: productTranslations.slug,
      })
      .from(products)
      .innerJoin(
        productTranslations,
        and(eq(productTranslations.productId, products.id), eq(productTranslations.locale, 'en')),
      )
      .where(eq(products.available, true))
      .orderBy(asc(products.id))
      .limit(CART_LINES)
      .all();
    const [first] = lines;
    if (!first || lines.length < CART_LINES) throw new Error('fewer than 3 products to buy');
    const category = db
      .select({ slug: categoryTranslations.slug })
      .from(categoryTranslations)
      .where(
        and(
          eq(categoryTranslations.categoryId, first.categoryId),
          eq(categoryTranslations.locale, 'en'),
        ),
      )
      .get();
    if (!category) throw new Error(`category ${first.categoryId} has no English slug`);
    return { productCount, lines, productSlug: first.slug, categorySlug: category.slug };
  } finally {
    db.$client.close();
  }
}

/** The visitor's cookie with three cart lines, quantity 1, at today's prices. */
export async function cartCookie(lines: { id: number; priceMinor: number }[]): Promise<string> {
  const settings = sessionSettings();
  const sealed = await sealSession(
    {
      cart: lines.map((line): [number, number, string] => [
        line.id,
        1,
        moneyFromMinor(line.priceMinor),
      ]),
    },
    settings,
  );
  return `${settings.cookieName}=${sealed}`;
}

/**
 * The first form with a quantity on a page (the add-to-cart form of a product page, the first
 * cart line's update form on the cart page), posted as a browser without JavaScript does.
 */
async function quantityFormTarget(
  label: string,
  base: string,
  pagePath: string,
  cookie: string,
): Promise<Target> {
  const shown = await fetchOnce(base + pagePath, { headers: { cookie, accept: ACCEPT } });
  const form = formsIn(shown.body.toString('utf8')).find(
    (candidate) =>
      candidate.method === 'post' && candidate.fields.some(([name]) => name === 'quantity'),
  );
  if (shown.statusCode !== 200 || !form) {
    throw new Error(`${pagePath} (${shown.statusCode}) has no form with a quantity to post`);
  }
  // A form posts to the page itself unless it names another address.
  const action = new URL(form.action || pagePath, base + pagePath);
  const { body, contentType } = formBody(
    form,
    withField(form.fields, 'quantity', '2'),
    `----WebKitFormBoundary${randomBytes(12).toString('base64url')}`,
  );
  return {
    name: `${label}: POST ${action.pathname}`,
    path: action.pathname + action.search,
    method: 'POST',
    headers: {
      cookie,
      accept: ACCEPT,
      origin: base,
      'content-type': contentType,
    },
    body,
    expect: (status) => status >= 200 && status < 400,
    describe: (sample) => {
      const cookies = headersOf(sample, 'set-cookie').map((value) => value.split('=')[0]);
      console.error(
        `${label}: POST ${action.pathname} (${contentType.split(';')[0]}, fields ` +
          `${form.fields.map(([name]) => name).join(', ')}) answered ${sample.statusCode}, ` +
          `Location ${headerOf(sample, 'location') ?? '(none)'}, ` +
          `Set-Cookie ${cookies.join(', ') || '(none)'}`,
      );
    },
  };
}

export async function prepareTargets(base: string, wantedProducts: number) {
  const { productCount, lines, productSlug, categorySlug } = readFixtures(wantedProducts);
  const cookie = await cartCookie(lines);
  const page = (name: string, path: string, headers: Record<string, string> = {}): Target => ({
    name,
    path,
    method: 'GET',
    headers: { accept: ACCEPT, ...headers },
    expect: ok,
  });
  const targets = [page('catalog /en', '/en')];
  if (await isPaged(base)) targets.push(page('catalog /en?page=2', '/en?page=2'));
  targets.push(
    page(
      `category /en/category/${categorySlug}`,
      `/en/category/${encodeURIComponent(categorySlug)}`,
    ),
    page(
      `product /en/products/${productSlug} (3-line cart)`,
      `/en/products/${encodeURIComponent(productSlug)}`,
      {
        cookie,
      },
    ),
    page('cart /en/cart (3 lines)', '/en/cart', { cookie }),
    await quantityFormTarget('set quantity', base, '/en/cart', cookie),
    await quantityFormTarget(
      'add to cart',
      base,
      `/en/products/${encodeURIComponent(productSlug)}`,
      cookie,
    ),
  );
  return { targets, productCount };
}

/**
 * The catalog is paged when its first page links to page 2 and that answers 200: an unpaged list
 * ignores ?page and answers 200 too, with nearly the same bytes.
 */
async function isPaged(base: string): Promise<boolean> {
  const first = await fetchOnce(`${base}/en`, { headers: { accept: ACCEPT } });
  if (!/href="[^"]*[?&](?:amp;)?page=2(?:["&#])/.test(first.body.toString('utf8'))) return false;
  const second = await fetchOnce(`${base}/en?page=2`, { headers: { accept: ACCEPT } });
  return second.statusCode === 200;
}
