import { expect, test, type Page } from '@playwright/test';

import {
  createProduct,
  expectNoA11yViolations,
  hasNoHorizontalScroll,
  newBuyer,
  ordersOf,
  PAY_PAGE,
  placedOrder,
  placeOrder,
  submit,
} from './fixtures';
import { paymentOf } from './order-fixtures';

// The built-in test gateway (the e2e server has no Stripe keys), on desktop and phone.

const nextYear = String((new Date().getUTCFullYear() + 1) % 100).padStart(2, '0');
const card = {
  number: '4242 4242 4242 4242',
  expiry: `04/${nextYear}`,
  cvc: '123',
  name: 'Anna Karenina',
};
type Card = typeof card;

const LABELS = {
  en: {
    number: 'Card number',
    expiry: 'Expiry date (MM/YY)',
    cvc: 'CVC',
    name: 'Name on the card',
  },
  ru: { number: 'Номер карты', expiry: 'Срок действия (ММ/ГГ)', cvc: 'CVC', name: 'Имя на карте' },
};

async function payWith(page: Page, details: Partial<Card>, locale: 'en' | 'ru' = 'en') {
  for (const [field, value] of Object.entries({ ...card, ...details }) as [keyof Card, string][]) {
    await page.getByLabel(LABELS[locale][field], { exact: true }).fill(value);
  }
  await submit(page, page.getByRole('button', { name: locale === 'en' ? /^Pay / : /^Оплатить / }));
}

/** Two of a product at 12.50 ordered from this page's browser, which is on the order's payment page. */
async function newOrder(page: Page) {
  const product = createProduct({ price: '12.50' });
  const id = await placedOrder(page.context(), {
    items: [{ productId: product.id, name: product.en.name, unitPriceMinor: 1250, quantity: 2 }],
  });
  await page.goto(`/en/orders/${id}/pay`);
  await expect(page).toHaveURL(PAY_PAGE);
  return id;
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`test gateway ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test('4242 pays the order once, and every page says it is paid', async ({ page }) => {
      const id = await newOrder(page);
      await expect(page.getByRole('heading', { name: /^Test gateway/ })).toBeVisible();
      await expect(page.getByText('no money is taken')).toBeVisible();
      expect(await hasNoHorizontalScroll(page)).toBe(true);
      if (javaScriptEnabled) await expectNoA11yViolations(page);
      await payWith(page, {});

      await expect(page).toHaveURL(`/en/payment/completed?order=${id}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Payment received');
      await expect(page.getByText(`Thank you! Order nr. ${id} is paid.`)).toBeVisible();
      expect(paymentOf(id)).toMatchObject({ paid: true, paymentSource: 'test', invoices: 1 });
      expect(paymentOf(id).paidAt?.getTime()).toBeGreaterThan(0);

      await page.goto(`/ru/payment/completed?order=${id}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Оплата получена');
      await expect(page.getByText(`Спасибо! Заказ № ${id} оплачен.`)).toBeVisible();
      await page.goto(`/en/payment/completed?order=${id}`);

      await page.getByRole('link', { name: 'View your order' }).click();
      await expect(page.getByText(/^Paid on /)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Pay now' })).toHaveCount(0);

      await page.goto(`/en/orders/${id}/pay`);
      await expect(page.getByText('This order has already been paid')).toBeVisible();
      await expect(page.getByLabel('Card number')).toHaveCount(0);
    });

    test('a declined card says so, keeps the form, and the shopper can try again', async ({
      page,
    }) => {
      const id = await newOrder(page);
      await payWith(page, { number: '4000 0000 0000 0002' });
      await expect(page.getByText(/^Your card was declined/)).toBeVisible();
      await expect(page.getByLabel('Card number')).toHaveValue('4000 0000 0000 0002');
      await expect(page.getByLabel('Name on the card')).toHaveValue(card.name);
      expect(paymentOf(id)).toMatchObject({ paid: false, invoices: 0 });

      await payWith(page, { number: '4242424242424242' });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Payment received');
      expect(paymentOf(id)).toMatchObject({ paid: true, invoices: 1 });
    });

    test('the authentication card asks for a second step that can fail or complete', async ({
      page,
    }) => {
      const id = await newOrder(page);
      await payWith(page, { number: '4000 0025 0000 3155' });
      await expect(page).toHaveURL(new RegExp(`/en/orders/${id}/pay/authenticate\\?attempt=`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirm your payment');
      await expect(page.getByText('$25.00')).toBeVisible();
      if (javaScriptEnabled) await expectNoA11yViolations(page);
      await submit(page, page.getByRole('button', { name: 'Fail authentication' }));
      await expect(page).toHaveURL(`/en/orders/${id}/pay?failed=authentication`);
      await expect(page.getByText(/^The authentication failed/)).toBeVisible();
      expect(paymentOf(id)).toMatchObject({ paid: false, invoices: 0 });

      await payWith(page, { number: '4000002500003155' });
      await expect(page).toHaveURL(/\/pay\/authenticate\?attempt=/);
      const authentication = page.url();
      await submit(page, page.getByRole('button', { name: 'Complete authentication' }));
      await expect(page).toHaveURL(`/en/payment/completed?order=${id}`);
      expect(paymentOf(id)).toMatchObject({ paid: true, invoices: 1 });
      // The step again (the back button) pays nothing twice.
      await page.goto(authentication);
      await expect(page).toHaveURL(`/en/orders/${id}/pay`);
      await expect(page.getByText('This order has already been paid')).toBeVisible();
      expect(paymentOf(id).invoices).toBe(1);
    });

    test('wrong card details are named next to their fields, in the visitor’s language', async ({
      page,
    }) => {
      const id = await newOrder(page);
      await payWith(page, { number: '4242 4242 4242 4241', expiry: '01/20', cvc: '12' });
      await expect(page.getByText('Please correct the 3 fields marked below.')).toBeVisible();
      const number = page.getByLabel('Card number');
      await expect(number).toHaveAccessibleDescription('Enter a valid card number.');
      await expect(number).toHaveValue('4242 4242 4242 4241');
      await expect(page.getByLabel('Expiry date (MM/YY)')).toHaveAccessibleDescription(
        'This card has expired.',
      );
      await expect(page.getByLabel('CVC')).toHaveAccessibleDescription(
        'Enter the 3 digits on the back of the card.',
      );
      // Everything else is kept, but a security code is never sent back to the browser.
      await expect(page.getByLabel('CVC')).toHaveValue('');
      if (javaScriptEnabled) {
        await expect(number).toBeFocused();
        await expectNoA11yViolations(page);
      }

      await page.goto(`/ru/orders/${id}/pay`);
      await expect(page.getByRole('heading', { name: /^Тестовый платёжный шлюз/ })).toBeVisible();
      await payWith(page, { expiry: '4/2', cvc: '' }, 'ru');
      await expect(page.getByLabel('Срок действия (ММ/ГГ)')).toHaveAccessibleDescription(
        'Введите срок действия в виде ММ/ГГ, например 04/29.',
      );
      await expect(page.getByLabel('CVC')).toHaveAccessibleDescription('Заполните это поле.');
      await expect(page.getByLabel('Номер карты')).toHaveValue(card.number);
      expect(paymentOf(id)).toMatchObject({ paid: false, invoices: 0 });
    });

    test('a name on the card over 100 characters is refused next to it, not cut', async ({
      page,
    }) => {
      const id = await newOrder(page);
      const longName = `Anna ${'Karenina'.repeat(12)}`;
      await payWith(page, { name: longName });
      await expect(page.getByText('Please correct the field marked below.')).toBeVisible();
      const name = page.getByLabel('Name on the card');
      await expect(name).toHaveAccessibleDescription('Use at most 100 characters.');
      await expect(name).toHaveValue(longName);

      await page.goto(`/ru/orders/${id}/pay`);
      await payWith(page, { name: longName }, 'ru');
      await expect(page.getByLabel('Имя на карте')).toHaveAccessibleDescription(
        'Не больше 100 символов.',
      );
      expect(paymentOf(id)).toMatchObject({ paid: false, invoices: 0 });

      await payWith(page, { name: longName.slice(0, 100) }, 'ru');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Оплата получена');
      expect(paymentOf(id)).toMatchObject({ paid: true });
    });

    test('a stale tab posting the card form pays nothing twice', async ({ context }) => {
      const [first, second] = [await context.newPage(), await context.newPage()];
      const id = await newOrder(first);
      await second.goto(`/en/orders/${id}/pay`);
      await payWith(first, {});
      await expect(first.getByRole('heading', { level: 1 })).toHaveText('Payment received');
      await payWith(second, {});
      await expect(second.getByText('This order has already been paid')).toBeVisible();
      expect(paymentOf(id)).toMatchObject({ paid: true, invoices: 1 });
    });
  });
}

test('the order page’s Pay button leads to the payment page', async ({ page }) => {
  const id = await newOrder(page);
  await page.goto(`/en/orders/${id}`);
  await expect(page.getByText('Awaiting payment')).toBeVisible();
  await page.getByRole('button', { name: 'Pay now' }).click();
  await expect(page).toHaveURL(PAY_PAGE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Payment for order nr. ${id}`);
});

test('the canceled page keeps the order waiting, in the visitor’s language', async ({ page }) => {
  const id = await newOrder(page);
  await page.goto(`/ru/payment/canceled?order=${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Оплата отменена');
  await expect(page.getByText(`Заказ № ${id} сохранён и ожидает оплаты.`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Попробовать оплатить ещё раз' })).toBeVisible();
  expect(paymentOf(id)).toMatchObject({ paid: false });
});

test('the payment pages of an order do not exist for anyone else', async ({ page, browser }) => {
  const buyer = newBuyer();
  const product = createProduct();
  const id = await placeOrder(page, product.en.slug, buyer);
  expect(ordersOf(buyer.email)).toHaveLength(1);
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  for (const address of [
    `/en/orders/${id}/pay`,
    `/en/orders/${id}/pay/authenticate?attempt=x`,
    `/en/payment/completed?order=${id}`,
    `/ru/payment/canceled?order=${id}`,
    '/en/payment/completed',
  ]) {
    expect((await strangerPage.goto(address))?.status(), address).toBe(404);
    await expect(strangerPage.getByText('Karenina')).toHaveCount(0);
  }
  await stranger.close();
});
