// What both kinds of simulated shopper read from the shop's pages and type into its forms.
import { formsIn, withField, type FormField, type HtmlForm } from '../bench/html-form';
import { StepError } from './http';

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
