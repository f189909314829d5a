import { expect, test } from '@playwright/test';

import { toMinor } from '../lib/domain/money';
import {
  addToCart,
  availableProduct,
  cartLink,
  createProduct,
  fillCheckout,
  giveCart,
  newBuyer,
  orderItemsOf,
  ordersOf,
  PAY_PAGE,
  submit,
  updateProduct,
} from './fixtures';
import { exhaustOrderBudget, restoreOrderBudget } from './order-fixtures';

const tea = availableProduct(5);

for (const javaScriptEnabled of [true, false]) {
  test.describe(`checkout ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test('from the catalog to the confirmation', async ({ page }) => {
      // The longest journey: catalog, product, cart, checkout, payment page and order page.
      test.slow();
      const product = createProduct({ price: '7.45' });
      const buyer = newBuyer();
      await page.goto('/en');
      await page.getByRole('link', { name: new RegExp(tea.en.name.replace(/[()]/g, '.')) }).click();
      await page.getByLabel('Quantity', { exact: true }).fill('2');
      await submit(page, page.getByRole('button', { name: 'Add to cart' }));
      await addToCart(page, product.en.slug, 3);
      await cartLink(page).click();
      await page.getByRole('link', { name: 'Check out' }).click();
      await expect(page).toHaveURL('/en/checkout');
      const summary = page.getByRole('region', { name: 'Your order' });
      await expect(summary).toContainText(tea.en.name);
      await expect(summary).toContainText('3 × $7.45');
      await fillCheckout(page, buyer);
      await page.getByRole('button', { name: 'Place order' }).click();

      // Placing the order leads on to its payment; the order page is a link away.
      await expect(page).toHaveURL(PAY_PAGE);
      const [order] = ordersOf(buyer.email);
      expect(order).toBeDefined();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        `Payment for order nr. ${order?.id}`,
      );
      // The cart is empty now, and reloading the payment page makes no second order.
      await expect(cartLink(page)).toHaveAccessibleName('Cart, empty');
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        `Payment for order nr. ${order?.id}`,
      );
      expect(ordersOf(buyer.email)).toHaveLength(1);
      await page.getByRole('link', { name: 'View your order' }).click();
      await expect(page).toHaveURL(`/en/orders/${order?.id}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Order nr. ${order?.id}`);
      await expect(page.getByText('Thank you, Anna! Your order has been placed.')).toBeVisible();
      await expect(page.getByText('Awaiting payment')).toBeVisible();
      const expectedTotal = toMinor(tea.price, 2) * 2 + 745 * 3;
      expect(order?.total_minor).toBe(expectedTotal);
      expect(order?.locale).toBe('en');
      await expect(page.getByRole('table')).toContainText(tea.en.name);
      await expect(page.getByRole('table')).toContainText(`$${(expectedTotal / 100).toFixed(2)}`);
      expect(
        orderItemsOf(order?.id ?? 0).map((item) => [item.product_name, item.quantity]),
      ).toEqual([
        [tea.en.name, 2],
        [product.en.name, 3],
      ]);
      await expect(page.getByRole('button', { name: 'Pay now' })).toBeVisible();
    });

    test('an invalid form shows every error next to its field and keeps the values', async ({
      page,
    }) => {
      await giveCart(page.context(), [{ slug: tea.en.slug, quantity: 1 }]);
      await page.goto('/en/checkout');
      const buyer = newBuyer();
      await fillCheckout(page, {
        firstName: buyer.firstName,
        email: 'anna-at-example',
        postalCode: '!!',
      });
      await page.getByRole('button', { name: 'Place order' }).click();
      await expect(page.getByText('Please correct the 5 fields marked below.')).toBeVisible();
      const email = page.getByLabel('E-mail');
      await expect(email).toHaveAttribute('aria-invalid', 'true');
      await expect(email).toHaveAccessibleDescription(
        'Enter an e-mail address like name@example.com.',
      );
      await expect(email).toHaveValue('anna-at-example');
      await expect(page.getByLabel('First name')).toHaveValue(buyer.firstName);
      await expect(page.getByLabel('First name')).not.toHaveAttribute('aria-invalid', 'true');
      for (const label of ['Last name', 'Address', 'City']) {
        await expect(page.getByLabel(label)).toHaveAccessibleDescription(
          'Please fill in this field.',
        );
      }
      await expect(page.getByLabel('Postal code')).toHaveAccessibleDescription(
        'Enter a postal code of letters, digits, spaces or dashes.',
      );
      if (javaScriptEnabled) await expect(page.getByLabel('Last name')).toBeFocused();
      // Nothing was ordered and the cart is whole.
      await expect(cartLink(page)).toHaveAccessibleName('Cart, 1 item');
      await fillCheckout(page, { ...buyer, firstName: buyer.firstName });
      await page.getByRole('button', { name: 'Place order' }).click();
      await expect(page).toHaveURL(PAY_PAGE);
      expect(ordersOf(buyer.email)).toHaveLength(1);
    });

    test('the form speaks Russian on /ru, and the order remembers its language', async ({
      page,
    }) => {
      await giveCart(page.context(), [{ slug: tea.en.slug, quantity: 1 }]);
      await page.goto('/ru/checkout');
      await page.getByRole('button', { name: 'Оформить заказ' }).click();
      await expect(page.getByText('Исправьте 6 отмеченных ниже полей.')).toBeVisible();
      await expect(page.getByLabel('Город')).toHaveAccessibleDescription('Заполните это поле.');
      const buyer = newBuyer({ firstName: 'Анна', city: 'Москва' });
      await fillCheckout(page, buyer, 'ru');
      await page.getByRole('button', { name: 'Оформить заказ' }).click();
      await expect(page).toHaveURL(PAY_PAGE);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Оплата заказа № \d+$/);
      await page.getByRole('link', { name: 'Перейти к заказу' }).click();
      await expect(page.getByText('Спасибо, Анна! Ваш заказ оформлен.')).toBeVisible();
      expect(ordersOf(buyer.email)[0]?.locale).toBe('ru');
    });

    test('an empty cart cannot be checked out', async ({ page }) => {
      await page.goto('/en/checkout');
      await expect(page).toHaveURL('/en/cart?checkout=empty');
      await expect(
        page.getByText('Your cart is empty: add some products before checking out.'),
      ).toBeVisible();
    });

    test('a cart with an out-of-stock product cannot be checked out', async ({ page }) => {
      const product = createProduct();
      await giveCart(page.context(), [{ slug: product.en.slug, quantity: 1 }]);
      updateProduct(product.id, { available: false });
      await page.goto('/en/cart');
      await expect(page.getByRole('link', { name: 'Check out' })).toHaveCount(0);
      await page.goto('/en/checkout');
      await expect(page).toHaveURL('/en/cart?checkout=unavailable');
      await expect(
        page.getByText('Some products in your cart are out of stock. Remove them to check out.'),
      ).toBeVisible();
    });

    test('two tabs submitting the same cart make one order', async ({ context }) => {
      const [first, second] = [await context.newPage(), await context.newPage()];
      await giveCart(first.context(), [{ slug: tea.en.slug, quantity: 2 }]);
      const buyer = newBuyer();
      for (const page of [first, second]) {
        await page.goto('/en/checkout');
        await fillCheckout(page, buyer);
      }
      await Promise.all([
        first.getByRole('button', { name: 'Place order' }).click(),
        second.getByRole('button', { name: 'Place order' }).click(),
      ]);
      await expect(first).toHaveURL(PAY_PAGE);
      await expect(second).toHaveURL(PAY_PAGE);
      const orders = ordersOf(buyer.email);
      expect(orders).toHaveLength(1);
      expect(first.url()).toBe(second.url());
    });

    test('a total above what Stripe can charge is refused, keeping the cart and the details', async ({
      context,
    }) => {
      const [checkout, other] = [await context.newPage(), await context.newPage()];
      const expensive = createProduct({ price: '600000.00' });
      await giveCart(checkout.context(), [{ slug: expensive.en.slug, quantity: 1 }]);
      await checkout.goto('/en/checkout');
      const buyer = newBuyer();
      await fillCheckout(checkout, buyer);
      // Another tab doubles the cart to $1,200,000.00: more than $999,999.99, Stripe's maximum.
      await addToCart(other, expensive.en.slug, 1);
      await expect(cartLink(other)).toHaveAccessibleName('Cart, 2 items');

      await submit(checkout, checkout.getByRole('button', { name: 'Place order' }));
      await expect(checkout.getByRole('main').getByRole('alert')).toHaveText(
        'An order can total at most $999,999.99, and your cart comes to more. Lower a quantity or remove a product in your cart, then place the order.',
      );
      await expect(checkout).toHaveURL('/en/checkout');
      await expect(checkout.getByLabel('First name', { exact: true })).toHaveValue(buyer.firstName);
      await expect(checkout.getByLabel('Address', { exact: true })).toHaveValue(buyer.address);
      await expect(checkout.getByRole('region', { name: 'Your order' })).toContainText(
        '$1,200,000.00',
      );
      await expect(cartLink(checkout)).toHaveAccessibleName('Cart, 2 items');
      expect(ordersOf(buyer.email)).toHaveLength(0);

      await checkout.goto('/ru/checkout');
      await expect(checkout.getByRole('main').getByRole('alert')).toContainText(
        /^Сумма заказа не может быть больше 999\s999,99\s\$/,
      );

      // A lighter cart goes through.
      await other.goto('/en/cart');
      const line = other
        .getByRole('main')
        .getByRole('listitem')
        .filter({ hasText: expensive.en.name });
      await line.getByRole('spinbutton').fill('1');
      await submit(other, line.getByRole('button', { name: /^Update quantity/ }));
      await expect(cartLink(other)).toHaveAccessibleName('Cart, 1 item');
      await checkout.goto('/en/checkout');
      await expect(checkout.getByRole('main').getByRole('alert')).toHaveCount(0);
      await fillCheckout(checkout, buyer);
      await checkout.getByRole('button', { name: 'Place order' }).click();
      await expect(checkout).toHaveURL(PAY_PAGE);
      expect(ordersOf(buyer.email).map((order) => order.total_minor)).toEqual([60_000_000]);
    });

    test('a cart emptied in another tab is not ordered', async ({ context }) => {
      const [checkout, other] = [await context.newPage(), await context.newPage()];
      await giveCart(checkout.context(), [{ slug: tea.en.slug, quantity: 1 }]);
      await checkout.goto('/en/checkout');
      const buyer = newBuyer();
      await fillCheckout(checkout, buyer);
      await other.goto('/en/cart');
      await submit(other, other.getByRole('button', { name: 'Empty the cart' }));
      await expect(other.getByText('Your cart is empty.')).toBeVisible();
      await checkout.getByRole('button', { name: 'Place order' }).click();
      await expect(checkout).toHaveURL('/en/cart?checkout=empty');
      expect(ordersOf(buyer.email)).toHaveLength(0);
    });
  });
}

test.describe('too many orders for one e-mail', () => {
  // A plain form post: the state comes back in a new page, so this is the case that could lose it.
  test.use({ javaScriptEnabled: false });

  test('are refused with when to try again, keeping the details; then it goes through', async ({
    page,
  }) => {
    const buyer = newBuyer();
    // The e-mail's hourly order budget (ORDERS_PER_EMAIL_PER_HOUR, 10) spent, as ten orders would.
    exhaustOrderBudget(buyer.email);
    await giveCart(page.context(), [{ slug: tea.en.slug, quantity: 1 }]);
    await page.goto('/en/checkout');
    await fillCheckout(page, buyer);
    await submit(page, page.getByRole('button', { name: 'Place order' }));
    // One order comes back every six minutes.
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      'Too many orders from here or for this e-mail in a short time. Please try again in 6 minutes; your details are kept below.',
    );
    await expect(page.getByLabel('E-mail', { exact: true })).toHaveValue(buyer.email);
    await expect(page.getByLabel('City', { exact: true })).toHaveValue(buyer.city);
    expect(ordersOf(buyer.email)).toHaveLength(0);

    restoreOrderBudget(buyer.email);
    await submit(page, page.getByRole('button', { name: 'Place order' }));
    await expect(page).toHaveURL(PAY_PAGE);
    expect(ordersOf(buyer.email)).toHaveLength(1);
  });
});

test('a double click places one order', async ({ page }) => {
  await giveCart(page.context(), [{ slug: tea.en.slug, quantity: 1 }]);
  await page.goto('/en/checkout');
  const buyer = newBuyer();
  await fillCheckout(page, buyer);
  await page.getByRole('button', { name: 'Place order' }).dblclick();
  await expect(page).toHaveURL(PAY_PAGE);
  expect(ordersOf(buyer.email)).toHaveLength(1);
});

test.describe("someone else's order", () => {
  test('is a 404 for another browser, with or without JavaScript', async ({ page, browser }) => {
    await giveCart(page.context(), [{ slug: tea.en.slug, quantity: 1 }]);
    await page.goto('/en/checkout');
    await fillCheckout(page, newBuyer());
    await page.getByRole('button', { name: 'Place order' }).click();
    await expect(page).toHaveURL(PAY_PAGE);
    const payAddress = new URL(page.url()).pathname;
    const address = payAddress.replace(/\/pay$/, '');
    for (const javaScriptEnabled of [true, false]) {
      const stranger = await browser.newContext({ javaScriptEnabled });
      const strangerPage = await stranger.newPage();
      for (const path of [address, payAddress]) {
        const response = await strangerPage.goto(path);
        expect(response?.status()).toBe(404);
        await expect(strangerPage.getByRole('heading', { level: 1 })).toHaveText('Page not found');
        await expect(strangerPage.getByText('Karenina')).toHaveCount(0);
      }
      await stranger.close();
    }
    for (const missing of ['/en/orders/999999999', '/en/orders/abc']) {
      expect((await page.goto(missing))?.status()).toBe(404);
    }
  });
});
