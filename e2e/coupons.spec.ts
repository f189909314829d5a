import { expect, test, type Page } from '@playwright/test';

import {
  couponUses,
  createCoupon,
  ordersWithCoupon,
  updateCoupon,
  type TestCoupon,
} from './coupon-fixtures';
import {
  cartLink,
  createProduct,
  fillCheckout,
  giveCart,
  hasNoHorizontalScroll,
  newBuyer,
  ordersOf,
  PAY_PAGE,
  submit,
} from './fixtures';

// Coupons in the cart and at checkout, with and without JavaScript, on desktop and phone.

const DAY = 24 * 3600 * 1000;

const TEXT = {
  en: {
    label: 'Coupon code',
    apply: 'Apply',
    remove: (code: string) => `Remove coupon ${code}`,
    line: (code: string) => new RegExp(`^Coupon ${code} \\(10 % off\\): −\\$4\\.00$`),
    total: 'Total to pay: $36.00',
    errors: {
      missing: 'Enter a coupon code.',
      unknown: 'There is no coupon with this code. Check the spelling.',
      inactive: 'This coupon is no longer offered.',
      notYet: 'This coupon is not valid yet.',
      expired: 'This coupon has expired.',
      usedUp: 'This coupon has been used up.',
      minimum: 'This coupon needs a subtotal of at least $50.00.',
    },
  },
  ru: {
    label: 'Промокод',
    apply: 'Применить',
    remove: (code: string) => `Убрать промокод ${code}`,
    line: (code: string) => new RegExp(`^Промокод ${code} \\(скидка 10 %\\): −4,00\\s\\$$`),
    total: /^К оплате: 36,00\s\$$/,
    errors: {
      missing: 'Введите промокод.',
      unknown: 'Такого промокода нет. Проверьте, правильно ли он написан.',
      inactive: 'Этот промокод больше не действует.',
      notYet: 'Этот промокод ещё не начал действовать.',
      expired: 'Срок действия этого промокода истёк.',
      usedUp: 'Этот промокод уже использован максимальное число раз.',
      minimum: /^Этот промокод действует для заказов от 50,00\s\$\.$/,
    },
  },
} as const;

async function applyCode(page: Page, code: string, locale: 'en' | 'ru' = 'en') {
  await page.getByLabel(TEXT[locale].label, { exact: true }).fill(code);
  await submit(page, page.getByRole('button', { name: TEXT[locale].apply, exact: true }));
}

/** A cart of 2 × 20.00 = 40.00 of the test's own product. */
async function cartOf40(page: Page, locale: 'en' | 'ru' = 'en') {
  const product = createProduct({ price: '20.00' });
  await giveCart(page.context(), [{ slug: product.en.slug, quantity: 2 }]);
  await page.goto(`/${locale}/cart`);
  return product;
}

for (const javaScriptEnabled of [true, false]) {
  // Both languages: English with JavaScript, Russian without.
  const locale = javaScriptEnabled ? 'en' : 'ru';
  const text = TEXT[locale];

  // The cart's coupon form and lines must fit a phone too.
  test.describe(
    `coupons ${javaScriptEnabled ? 'with' : 'without'} JavaScript (${locale})`,
    { tag: '@phone' },
    () => {
      test.use({ javaScriptEnabled });

      test('a code applies in any letter case, shows its line and total, and comes off again', async ({
        page,
      }) => {
        const { code } = createCoupon({ percentOff: 10 });
        await cartOf40(page, locale);
        await applyCode(page, `  ${code.toLowerCase()} `, locale);
        await expect(page.getByText(text.line(code))).toBeVisible();
        await expect(page.getByText(text.total)).toBeVisible();
        expect(await hasNoHorizontalScroll(page)).toBe(true);
        // The header counts items, not money: unchanged.
        await expect(cartLink(page)).toHaveAccessibleName(/2/);

        // Still there on the next visit: it lives in the session.
        await page.reload();
        await expect(page.getByText(text.line(code))).toBeVisible();

        await submit(page, page.getByRole('button', { name: text.remove(code) }));
        await expect(page.getByText(text.line(code))).toHaveCount(0);
        await expect(page.getByText(text.total)).toHaveCount(0);
        await page.reload();
        await expect(page.getByText(text.line(code))).toHaveCount(0);
      });

      test('each code that does not apply says why and changes nothing', async ({ page }) => {
        await cartOf40(page, locale);
        const cases: [TestCoupon | string, string | RegExp][] = [
          ['', text.errors.missing],
          ['NO-SUCH-CODE', text.errors.unknown],
          [{ active: false }, text.errors.inactive],
          [{ validFrom: Date.now() + DAY, validUntil: Date.now() + 2 * DAY }, text.errors.notYet],
          [{ validFrom: Date.now() - 2 * DAY, validUntil: Date.now() - 1 }, text.errors.expired],
          [{ maxUses: 2, uses: 2 }, text.errors.usedUp],
          [{ minSubtotalMinor: 5000 }, text.errors.minimum],
        ];
        for (const [coupon, message] of cases) {
          const code = typeof coupon === 'string' ? coupon : createCoupon(coupon).code;
          await applyCode(page, code, locale);
          await expect(page.getByRole('main').getByRole('alert')).toHaveText(message);
          // The code stays in the field as typed, marked invalid; no discount line appeared.
          const field = page.getByLabel(text.label, { exact: true });
          await expect(field).toHaveValue(code);
          await expect(field).toHaveAttribute('aria-invalid', 'true');
          await expect(page.getByText(text.total)).toHaveCount(0);
        }
        await page.goto(`/${locale}/cart`);
        await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);
        await expect(
          page.getByRole('button', { name: /^(Remove coupon|Убрать промокод)/ }),
        ).toHaveCount(0);
      });
    },
  );
}

test.describe('coupons at checkout', () => {
  test('a coupon that expired after it was applied is refused; cart and details are kept', async ({
    page,
  }) => {
    const coupon = createCoupon({ percentOff: 10 });
    await cartOf40(page);
    await applyCode(page, coupon.code);
    await page.goto('/en/checkout');
    await expect(page.getByText(`Coupon ${coupon.code}`, { exact: true })).toBeVisible();
    const buyer = newBuyer();
    await fillCheckout(page, buyer);
    updateCoupon(coupon.id, { validUntil: Date.now() - 1 });
    await submit(page, page.getByRole('button', { name: 'Place order' }));

    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      `Your order was not placed: coupon ${coupon.code} no longer applies. This coupon has expired. ` +
        'It was taken off your cart; check the total below and place the order again.',
    );
    await expect(page.getByLabel('E-mail', { exact: true })).toHaveValue(buyer.email);
    await expect(page.getByLabel('First name', { exact: true })).toHaveValue(buyer.firstName);
    expect(ordersOf(buyer.email)).toEqual([]);
    expect(couponUses(coupon.id)).toBe(0);
    await expect(cartLink(page)).toHaveAccessibleName(/2/);
    // The summary no longer takes it off; placing again orders at the full price.
    await expect(page.getByText(`Coupon ${coupon.code}`, { exact: true })).toHaveCount(0);
    await submit(page, page.getByRole('button', { name: 'Place order' }));
    await page.waitForURL(PAY_PAGE);
    expect(ordersOf(buyer.email)).toMatchObject([{ total_minor: 4000 }]);
  });

  test('a 100 % coupon needs no payment: the order is paid at once', async ({ page }) => {
    const coupon = createCoupon({ percentOff: 100 });
    await cartOf40(page);
    await applyCode(page, coupon.code);
    await expect(page.getByText('Total to pay: $0.00')).toBeVisible();
    await page.goto('/en/checkout');
    const buyer = newBuyer();
    await fillCheckout(page, buyer);
    await submit(page, page.getByRole('button', { name: 'Place order' }));
    await page.waitForURL(/\/en\/orders\/\d+$/);
    await expect(page.getByText(/^Paid on /)).toBeVisible();
    await expect(page.getByRole('button', { name: /^Pay/ })).toHaveCount(0);
    expect(ordersWithCoupon(coupon.id)).toMatchObject([
      {
        email: buyer.email,
        total_minor: 0,
        discount_minor: 4000,
        paid: 1,
        payment_source: 'coupon',
      },
    ]);
  });
});

test('the test gateway takes the discounted total; the order shows code and discount', async ({
  page,
}) => {
  const coupon = createCoupon({ percentOff: 10 });
  await cartOf40(page);
  await applyCode(page, coupon.code);
  await page.goto('/en/checkout');
  await expect(page.getByText(/^Total\$36\.00$/)).toBeVisible();
  const buyer = newBuyer();
  await fillCheckout(page, buyer);
  await submit(page, page.getByRole('button', { name: 'Place order' }));
  await page.waitForURL(PAY_PAGE);
  const orderId = Number(PAY_PAGE.exec(new URL(page.url()).pathname)?.[1]);
  const nextYear = String((new Date().getUTCFullYear() + 1) % 100).padStart(2, '0');
  await page.getByLabel('Card number', { exact: true }).fill('4242 4242 4242 4242');
  await page.getByLabel('Expiry date (MM/YY)', { exact: true }).fill(`04/${nextYear}`);
  await page.getByLabel('CVC', { exact: true }).fill('123');
  await page.getByLabel('Name on the card', { exact: true }).fill('Anna Karenina');
  await submit(page, page.getByRole('button', { name: 'Pay $36.00' }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Payment received');
  expect(ordersWithCoupon(coupon.id)).toMatchObject([
    {
      email: buyer.email,
      coupon_code: coupon.code,
      discount_minor: 400,
      total_minor: 3600,
      paid: 1,
    },
  ]);
  expect(couponUses(coupon.id)).toBe(1);
  await page.goto(`/en/orders/${orderId}`);
  await expect(page.getByText(/^Paid on /)).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByRole('row', { name: /Subtotal\s*\$40\.00/ })).toBeVisible();
  await expect(
    table.getByRole('row', {
      name: new RegExp(`Discount \\(coupon ${coupon.code}\\)\\s*−\\$4\\.00`),
    }),
  ).toBeVisible();
  await expect(table.getByRole('row', { name: /Order total\s*\$36\.00/ })).toBeVisible();
});

test('two shoppers racing for the last use: one order gets it, the other is told', async ({
  browser,
}) => {
  const coupon = createCoupon({ percentOff: 10, maxUses: 1 });
  const shoppers = await Promise.all(
    [0, 1].map(async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await cartOf40(page);
      await applyCode(page, coupon.code);
      await page.goto('/en/checkout');
      const buyer = newBuyer();
      await fillCheckout(page, buyer);
      return { context, page, buyer };
    }),
  );
  await Promise.all(
    shoppers.map(({ page }) => page.getByRole('button', { name: 'Place order' }).click()),
  );
  const outcomes = await Promise.all(
    shoppers.map(async ({ page }) => {
      const paying = page.waitForURL(PAY_PAGE).then(() => 'paying' as const);
      const refused = page
        .getByRole('alert')
        .filter({ hasText: 'This coupon has been used up.' })
        .waitFor()
        .then(() => 'refused' as const);
      return Promise.race([paying, refused]);
    }),
  );
  expect([...outcomes].sort()).toEqual(['paying', 'refused']);
  expect(couponUses(coupon.id)).toBe(1);
  const orders = ordersWithCoupon(coupon.id);
  expect(orders).toHaveLength(1);
  const winner = shoppers[outcomes.indexOf('paying')];
  expect(orders[0]?.email).toBe(winner?.buyer.email);
  await Promise.all(shoppers.map(({ context }) => context.close()));
});
