// What both kinds of simulated shopper read from the shop's pages and type into its forms.
import { formsIn, withField, type FormField, type HtmlForm } from '../bench/html-form';
import { StepError, type Answer, type Browser } from './http';

export const BUYER: Record<string, string> = {
  firstName: 'Load',
  lastName: 'Tester',
  address: '1 Test Street',
  postalCode: '12345',
  city: 'Loadville',
};

export const CARD: Record<string, string> = {
  number: '4242 4242 4242 4242',
  expiry: '12/39',
  cvc: '123',
  name: 'Load Tester',
};

export function pick<T>(items: readonly T[]): T | undefined {
  return items[Math.floor(Math.random() * items.length)];
}

/** The product pages the catalog links to, each once. */
export function productLinks(html: string, locale: string, step: string): string[] {
  const links = [
    ...new Set(
      [...html.matchAll(new RegExp(`href="(/${locale}/products/[^"?#]+)"`, 'g'))].map(
        (match) => match[1] ?? '',
      ),
    ),
  ];
  if (links.length === 0) throw new StepError(step, 'no product link on the catalog page');
  return links;
}

/** A product page's add form; a product out of stock has none. */
export function addForm(html: string): HtmlForm | undefined {
  return formsIn(html).find(
    (form) => form.method === 'post' && form.fields.some(([name]) => name === 'quantity'),
  );
}

/** The first post form whose fields include every one of `names`. */
export function formWith(html: string, names: readonly string[], step: string): HtmlForm {
  const form = formsIn(html).find(
    (candidate) =>
      candidate.method === 'post' &&
      names.every((name) => candidate.fields.some(([field]) => field === name)),
  );
  if (!form) throw new StepError(step, `no form with ${names.join(', ')} on the page`);
  return form;
}

export function fill(form: HtmlForm, values: Record<string, string>): FormField[] {
  let fields = form.fields;
  for (const [name, value] of Object.entries(values)) fields = withField(fields, name, value);
  return fields;
}

/**
 * The first steps of every journey: the catalog, then a product that can be added. A product out of
 * stock has no add form: the shopper looks at another, at most three.
 */
export async function productToAdd(
  browser: Browser,
  locale: string,
): Promise<{ product: Answer; add: HtmlForm }> {
  const list = await browser.request('catalog', `/${locale}`);
  const products = productLinks(list.html, locale, 'catalog');
  for (let tries = 1; ; tries += 1) {
    const product = await browser.request('product', pick(products) ?? '');
    const add = addForm(product.html);
    if (add) return { product, add };
    if (tries === 3) throw new StepError('add to cart', 'three products without an add form');
  }
}
