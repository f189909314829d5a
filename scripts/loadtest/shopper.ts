// One simulated shopper of npm run loadtest, as a browser without JavaScript: the catalog, a
// product, add to cart, change the quantity, check out (a server-action form: a multipart post
// with its hidden $ACTION_ID_ field), pay with the test card (the same), in a loop until the end.
import { formsIn, withField, type HtmlForm } from '../bench/html-form';
import { Browser, StepError } from './http';
import type { Sample } from './stats';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type ShopperOutcome = { journeys: number; orders: number[]; failures: Map<string, number> };

const BUYER: Record<string, string> = {
  firstName: 'Load',
  lastName: 'Tester',
  address: '1 Test Street',
  postalCode: '12345',
  city: 'Loadville',
};
const CARD: Record<string, string> = {
  number: '4242 4242 4242 4242',
  expiry: '12/39',
  cvc: '123',
  name: 'Load Tester',
};

function pick<T>(items: readonly T[]): T | undefined {
  return items[Math.floor(Math.random() * items.length)];
}

/** The first post form whose fields include every one of `names`. */
function formWith(html: string, names: readonly string[], step: string): HtmlForm {
  const form = formsIn(html).find(
    (candidate) =>
      candidate.method === 'post' &&
      names.every((name) => candidate.fields.some(([field]) => field === name)),
  );
  if (!form) throw new StepError(step, `no form with ${names.join(', ')} on the page`);
  return form;
}

function fill(form: HtmlForm, values: Record<string, string>) {
  let fields = form.fields;
  for (const [name, value] of Object.entries(values)) fields = withField(fields, name, value);
  return fields;
}

/** One journey, start to paid order; returns the order's id. */
async function journey(browser: Browser, locale: string, email: string): Promise<number> {
  const list = await browser.request('catalog', `/${locale}`);
  const products = [
    ...new Set(
      [...list.html.matchAll(new RegExp(`href="(/${locale}/products/[^"?#]+)"`, 'g'))].map(
        (match) => match[1] ?? '',
      ),
    ),
  ];
  if (products.length === 0) throw new StepError('catalog', 'no product link on the catalog page');

  // A product out of stock has no add form: the shopper looks at another (at most three).
  for (let tries = 1; ; tries += 1) {
    const product = await browser.request('product', pick(products) ?? '');
    const add = formsIn(product.html).find(
      (form) => form.method === 'post' && form.fields.some(([name]) => name === 'quantity'),
    );
    if (add) {
      await browser.submit('add to cart', product.url, add, add.fields);
      break;
    }
    if (tries === 3) throw new StepError('add to cart', 'three products without an add form');
  }

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

/** Journeys until `until` (ms since the epoch); a failed one is counted and the next begins. */
export async function runShopper(
  index: number,
  base: () => string,
  record: (sample: Sample) => void,
  until: number,
): Promise<ShopperOutcome> {
  const outcome: ShopperOutcome = { journeys: 0, orders: [], failures: new Map() };
  const browser = new Browser(base, record);
  const locale = index % 5 === 4 ? 'ru' : 'en';
  // Staggered starts, as a crowd arrives.
  await delay(Math.random() * 1000);
  while (Date.now() < until) {
    outcome.journeys += 1;
    try {
      const email = `shopper${index}.${outcome.journeys}@loadtest.example`;
      outcome.orders.push(await journey(browser, locale, email));
    } catch (error) {
      const reason = error instanceof StepError ? `${error.step}: ${error.message}` : String(error);
      outcome.failures.set(reason, (outcome.failures.get(reason) ?? 0) + 1);
      browser.jar.clear();
      // A refused connection (the shop restarting) is retried each second, not in a tight loop.
      await delay(reason.includes('ECONNREFUSED') ? 1000 : 250);
    }
  }
  return outcome;
}
