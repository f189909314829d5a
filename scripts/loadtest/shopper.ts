// One simulated shopper of npm run loadtest, in a loop until the end: the catalog, a product, add
// to cart, change the quantity, check out, pay with the test card. Either as a browser without
// JavaScript (plain form posts, each answered 303 and followed; checkout and payment are server
// action forms: a multipart post with their hidden $ACTION_ fields), or as one with JavaScript
// (./js-journey.ts: the same server actions called as Next's client calls them).
import { Browser, StepError } from './http';
import { jsJourney, ScriptCache } from './js-journey';
import { BUYER, CARD, fill, formWith, productToAdd } from './shop-pages';
import type { Sample } from './stats';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type ShopperStyle = 'form' | 'js';

export type ShopperOutcome = {
  style: ShopperStyle;
  journeys: number;
  orders: number[];
  failures: Map<string, number>;
};

/**
 * Whether shopper `index` uses JavaScript, for a share of them from 0 to 1: spread evenly over
 * the indices (a share of 0.5 makes every second one), so that both kinds arrive throughout.
 */
export function usesJavaScript(index: number, share: number): boolean {
  return Math.floor((index + 1) * share + 1e-9) > Math.floor(index * share + 1e-9);
}

/** One journey without JavaScript, start to paid order; returns the order's id. */
async function formJourney(browser: Browser, locale: string, email: string): Promise<number> {
  const { product, add } = await productToAdd(browser, locale);
  await browser.submit('add to cart', product.url, add, add.fields);

  const cart = await browser.request('cart', `/${locale}/cart`);
  const update = formWith(cart.html, ['quantity'], 'change quantity');
  await browser.submit('change quantity', cart.url, update, fill(update, { quantity: '2' }));

  const checkout = await browser.request('checkout page', `/${locale}/checkout`);
  const order = formWith(checkout.html, ['firstName', 'email'], 'checkout');
  const placed = await browser.submit(
    'checkout',
    checkout.url,
    order,
    fill(order, { ...BUYER, email }),
  );
  const pay = formWith(placed.landed.html, ['number', 'cvc'], 'pay');
  const paid = await browser.submit('pay', placed.landed.url, pay, fill(pay, CARD));
  // The payment's landing page names the order: /en/payment/completed?order=N.
  const orderId = /[?&]order=(\d+)/.exec(paid.posted.location ?? '')?.[1];
  if (!orderId) throw new StepError('pay', `paid, but sent to ${paid.posted.location}`);
  return Number(orderId);
}

/**
 * Journeys until `until` (ms since the epoch); a failed one is counted and the next begins. Every
 * step is recorded with the style in brackets: "add to cart (js)", "add to cart (form)".
 */
export async function runShopper(
  index: number,
  style: ShopperStyle,
  base: () => string,
  record: (sample: Sample) => void,
  until: number,
  scripts: ScriptCache,
): Promise<ShopperOutcome> {
  const outcome: ShopperOutcome = { style, journeys: 0, orders: [], failures: new Map() };
  const browser = new Browser(base, (sample) =>
    record({ ...sample, step: `${sample.step} (${style})` }),
  );
  const locale = index % 5 === 4 ? 'ru' : 'en';
  // Staggered starts, as a crowd arrives.
  await delay(Math.random() * 1000);
  while (Date.now() < until) {
    outcome.journeys += 1;
    try {
      const email = `shopper${index}.${outcome.journeys}@loadtest.example`;
      outcome.orders.push(
        await (style === 'js'
          ? jsJourney(browser, locale, email, scripts)
          : formJourney(browser, locale, email)),
      );
    } catch (error) {
      const reason =
        error instanceof StepError
          ? `${error.step} (${style}): ${error.message}`
          : `(${style}) ${String(error)}`;
      outcome.failures.set(reason, (outcome.failures.get(reason) ?? 0) + 1);
      browser.jar.clear();
      // A refused connection (the shop restarting) is retried each second, not in a tight loop.
      await delay(reason.includes('ECONNREFUSED') ? 1000 : 250);
    }
  }
  return outcome;
}
