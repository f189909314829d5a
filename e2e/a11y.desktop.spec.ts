import { expect, test, type Page } from '@playwright/test';

import { signInAsStaff } from './admin-fixtures';
import { createUser } from './account-fixtures';
import { createCoupon } from './coupon-fixtures';
import {
  addToCart,
  availableProduct,
  category,
  expectNoA11yViolations,
  fillCheckout,
  newBuyer,
  PAY_PAGE,
  submit,
} from './fixtures';
import { idsOfSlugs } from './catalog-fixtures';

// Every page a shopper or the shop's owner uses, in each language, through axe's current rules
// (expectNoA11yViolations): one browser walking the pages in order, so the run stays short. The
// desktop project only: the phone's layout has its own axe tests in layout.phone.spec.ts.

const words = {
  en: {
    place: 'Place order',
    sixErrors: 'Please correct the 6 fields marked below.',
    email: 'E-mail',
    password: 'Password',
    logIn: 'Log in',
  },
  ru: {
    place: 'Оформить заказ',
    sixErrors: 'Исправьте 6 отмеченных ниже полей.',
    email: 'Электронная почта',
    password: 'Пароль',
    logIn: 'Войти',
  },
} as const;

const product = availableProduct(3);
const coffee = category('coffee');

async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expectNoA11yViolations(page);
}

for (const locale of ['en', 'ru'] as const) {
  test(`every shopper's and owner's page passes axe in ${locale}`, async ({ page, context }) => {
    // About 30 pages, each through axe: a minute on a busy 2-core machine.
    test.setTimeout(180_000);
    const say = words[locale];
    const at = (path: string) => `/${locale}${path}`;

    await visit(page, at(''));
    await visit(page, at(`/category/${coffee[locale].slug}`));
    await visit(page, at(`/products/${product[locale].slug}`));
    await visit(page, at('/cart'));
    await addToCart(page, product[locale].slug, 2, locale);
    await visit(page, at('/cart'));
    await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(1);

    await visit(page, at('/checkout'));
    await page.getByRole('button', { name: say.place }).click();
    await expect(page.getByText(say.sixErrors)).toBeVisible();
    await expectNoA11yViolations(page);
    const buyer = newBuyer();
    await fillCheckout(page, buyer, locale);
    await page.getByRole('button', { name: say.place }).click();
    await page.waitForURL(PAY_PAGE);
    const orderId = Number(PAY_PAGE.exec(new URL(page.url()).pathname)?.[1]);
    await expectNoA11yViolations(page);
    await visit(page, at(`/orders/${orderId}`));

    await visit(page, at('/account/register'));
    await visit(page, at('/account/login'));
    // The buyer makes an account with the order's e-mail, so that their orders list it.
    const customer = await createUser({ email: buyer.email });
    await page.getByLabel(say.email, { exact: true }).fill(customer.email);
    await page.getByLabel(say.password, { exact: true }).fill(customer.password);
    await submit(page, page.getByRole('main').getByRole('button', { name: say.logIn }));
    await visit(page, at('/account'));
    await visit(page, at('/account/orders'));
    await expect(page.getByRole('main')).toContainText(String(orderId));

    await signInAsStaff(context);
    const { productId, categoryId } = idsOfSlugs(product.en.slug, coffee.en.slug);
    const coupon = createCoupon();
    for (const path of [
      '/admin',
      '/admin/products',
      '/admin/products/new',
      `/admin/products/${productId}`,
      '/admin/categories',
      '/admin/categories/new',
      `/admin/categories/${categoryId}`,
      '/admin/orders',
      `/admin/orders/${orderId}`,
      '/admin/coupons',
      '/admin/coupons/new',
      `/admin/coupons/${coupon.id}`,
      '/admin/jobs',
    ]) {
      await visit(page, at(path));
    }
  });
}
