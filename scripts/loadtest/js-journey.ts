// One journey of a shopper whose browser runs JavaScript: the pages are loaded as documents, as
// the form shopper loads them, but every change a hydrated page makes with a server action is
// called as Next's client calls it (./next-action.ts): add to cart on the product page
// (useProgressiveAction: the form's fields plus _js=1, the form's state first), checkout and the
// test-card payment from useActionState forms. The cart page has no script, so its quantity
// form is a plain post here too. Checkout answers with the
// payment page's payload (redirect()), so that page is never loaded as a document: its action id
// comes from the scripts that payload names, as a browser learns it.
import type { FormField } from '../bench/html-form';
import { Browser, StepError, type Answer } from './http';
import {
  actionReplyFields,
  actionResult,
  chunkPaths,
  flightOfHtml,
  flightRows,
  routerStateTree,
  serverReferencesIn,
} from './next-action';
import { BUYER, CARD, fill, formWith, productToAdd } from './shop-pages';

/**
 * The server actions each script chunk names, fetched once per run for every shopper: a
 * browser's cache, shared (the chunks are the same for everyone; the load is the shop's pages).
 */
export class ScriptCache {
  private readonly chunks = new Map<string, Promise<Map<string, string>>>();

  async actionId(browser: Browser, page: string, name: string, step: string): Promise<string> {
    for (const path of chunkPaths(page)) {
      let references = this.chunks.get(path);
      if (!references) {
        references = browser
          .request('script', path)
          .then((answer) => serverReferencesIn(answer.html));
        this.chunks.set(path, references);
        // A chunk that could not be fetched (the shop restarting) is asked for again next time.
        references.catch(() => this.chunks.delete(path));
      }
      const id = (await references).get(name);
      if (id) return id;
    }
    throw new StepError(step, `no script of the page calls ${name}`);
  }
}

/** The redirect an action answered with (`x-action-redirect: <location>;push`), if any. */
export function actionRedirect(answer: Answer): string | undefined {
  const header = answer.headers.get('x-action-redirect');
  if (!header) return undefined;
  const semicolon = header.lastIndexOf(';');
  return semicolon < 0 ? header : header.slice(0, semicolon);
}

/** What the action returned, for a report: refusals and field errors, short. */
const said = (value: unknown) => JSON.stringify(value)?.slice(0, 160) ?? 'nothing';

/** A cart action (add, change): success is a returned state of status "success", no redirect. */
export function cartChanged(answer: Answer): string | undefined {
  const redirect = actionRedirect(answer);
  if (redirect) return `sent to ${redirect} instead of answering`;
  const state = actionResult(flightRows(answer.html)) as { status?: string } | undefined;
  return state?.status === 'success' ? undefined : `refused: ${said(state)}`;
}

/** An action that ends in redirect() on success (checkout, payment): the location must match. */
export function redirectedTo(pattern: RegExp) {
  return (answer: Answer) => {
    const redirect = actionRedirect(answer);
    if (redirect === undefined) return `refused: ${said(actionResult(flightRows(answer.html)))}`;
    return pattern.test(redirect) ? undefined : `sent to ${redirect}`;
  };
}

/** The form's fields as the hydrated form sends them, then the state it holds, as encoded. */
function cartCall(id: string, page: Answer, fields: readonly FormField[]) {
  return {
    id,
    tree: routerStateTree(flightRows(flightOfHtml(page.html))),
    fields: actionReplyFields(id, [{ status: 'idle' }, [...fields, ['_js', '1']]]),
  };
}

/** One journey with JavaScript, start to paid order; returns the order's id. */
export async function jsJourney(
  browser: Browser,
  locale: string,
  email: string,
  scripts: ScriptCache,
): Promise<number> {
  const { product, add } = await productToAdd(browser, locale);
  const id = await scripts.actionId(browser, product.html, 'addToCartAction', 'add to cart');
  await browser.callAction(
    'add to cart',
    product.url,
    cartCall(id, product, add.fields),
    cartChanged,
  );

  // The cart page has no script, with JavaScript too (docs/decisions/0004-page-server.md): its
  // quantity form is a plain post, as without JavaScript.
  const cart = await browser.request('cart', `/${locale}/cart`);
  const update = formWith(cart.html, ['quantity'], 'change quantity');
  await browser.submit('change quantity', cart.url, update, fill(update, { quantity: '2' }));

  const checkout = await browser.request('checkout page', `/${locale}/checkout`);
  const order = formWith(checkout.html, ['firstName', 'email'], 'checkout');
  const placeId = await scripts.actionId(browser, checkout.html, 'placeOrderAction', 'checkout');
  const payPage = new RegExp(`^/${locale}/orders/(\\d+)/pay$`);
  const placed = await browser.callAction(
    'checkout',
    checkout.url,
    {
      id: placeId,
      tree: routerStateTree(flightRows(flightOfHtml(checkout.html))),
      // The hidden $ACTION_ fields React wrote for the form without JavaScript stay in it after
      // hydration, and the browser's FormData takes them along.
      fields: actionReplyFields(placeId, [{}, fill(order, { ...BUYER, email })]),
    },
    redirectedTo(payPage),
  );
  const payUrl = new URL(actionRedirect(placed) ?? '', placed.url).href;
  const orderId = payPage.exec(new URL(payUrl).pathname)?.[1] ?? '';

  // The payment page came with the redirect, as an RSC payload: no document to load.
  const paymentPage = placed.html;
  const payId = await scripts.actionId(browser, paymentPage, 'payWithTestCardAction', 'pay');
  await browser.callAction(
    'pay',
    payUrl,
    {
      id: payId,
      tree: routerStateTree(flightRows(paymentPage)),
      fields: actionReplyFields(payId, [{}, [['orderId', orderId], ...Object.entries(CARD)]]),
    },
    redirectedTo(new RegExp(`^/${locale}/payment/completed\\?order=${orderId}$`)),
  );
  return Number(orderId);
}
